namespace HomeCareNational.Domain.Tests.Validation;

public sealed class ValidationErrorTests
{
    [Theory]
    [InlineData("prefecture", "prefecture")]
    [InlineData("areas", "areas")]
    [InlineData("institutions/3/municipalityCode", "institutions[3].municipalityCode")]
    [InlineData("areas/3/municipalityCodes/1", "areas[3].municipalityCodes[1]")]
    public void Field_joins_the_path_with_indexes_in_brackets(string path, string expected)
    {
        Assert.Equal(expected, new ValidationError([.. path.Split('/')], "message").Field);
    }

    [Fact]
    public void Text_is_field_then_message()
    {
        Assert.Equal("hubs[0].hubId: bad", new ValidationError(["hubs", "0", "hubId"], "bad").ToString());
    }

    [Fact]
    public void An_error_about_a_field_of_an_item_carries_the_field_and_the_index()
    {
        var institutions = Samples.Changed(Samples.Institutions, Samples.BadIndex, x => x with { MunicipalityCode = "3310" });

        var error = Assert.Single(Samples.ValidateInstitutions(institutions));

        Assert.Equal((InstitutionFields.MunicipalityCode, Samples.BadIndex), (error.FieldKey, error.ItemIndex));
        Assert.Equal($"institutions[{Samples.BadIndex}].municipalityCode", error.Field);
    }

    [Fact]
    public void A_duplicate_names_the_first_item_as_data_and_in_its_message()
    {
        var institutions = Samples.Changed(Samples.Institutions, 2, x => x with { InstitutionCode = Samples.Institutions[0].InstitutionCode });

        var error = Assert.Single(Samples.ValidateInstitutions(institutions));

        Assert.Equal((InstitutionFields.InstitutionCode, 2, 0), (error.FieldKey, error.ItemIndex, error.Mention?.Index));
        Assert.EndsWith("it was already given at institutions[0].", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("it was already given at row one.", error.MessageNaming(i => i == 0 ? "row one" : "?"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_that_names_no_other_item_reads_the_same_for_every_caller()
    {
        var error = new ValidationError(["hubs", "0", "hubId"], "bad");

        Assert.Equal("bad", error.MessageNaming(_ => "other"));
    }

    [Fact]
    public void The_typed_key_is_not_written_as_json_so_stored_results_keep_their_form()
    {
        var institutions = Samples.Changed(Samples.Institutions, 2, x => x with { InstitutionCode = Samples.Institutions[0].InstitutionCode });
        var error = Assert.Single(Samples.ValidateInstitutions(institutions));

        var json = System.Text.Json.JsonSerializer.Serialize(error, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        Assert.Equal(
            "{\"path\":[\"institutions\",\"2\",\"institutionCode\"],\"message\":" + System.Text.Json.JsonSerializer.Serialize(error.Message) + ",\"field\":\"institutions[2].institutionCode\"}",
            json);
    }

    [Fact]
    public void An_error_about_a_meeting_of_a_report_carries_the_meetings_field_and_index()
    {
        var valid = ActivitySamples.Report("H2", meetings: 2, dutiesDone: 3);
        var report = valid with { Meetings = [valid.Meetings[0], valid.Meetings[1] with { HeldOn = new DateOnly(2020, 1, 1) }] };

        var error = Assert.Single(RecordValidator.ValidateActivityReport(Samples.FiscalYear, report, Samples.WithAreasAndHubs));

        Assert.Equal((MeetingFields.HeldOn, 1), (error.FieldKey, error.ItemIndex));
        Assert.Equal("report.meetings[1].heldOn", error.Field);
    }

    [Fact]
    public void An_error_about_a_single_record_names_the_field_and_no_index()
    {
        var hub = Samples.Hubs[0] with { Name = " " };

        var error = Assert.Single(RecordValidator.ValidateHub(Samples.Prefecture, hub, Samples.WithAreas));

        Assert.Equal((HubFields.Name, (int?)null), (error.FieldKey, error.ItemIndex));
        Assert.Equal("hub.name", error.Field);
    }
}
