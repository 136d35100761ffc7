using static HomeCareNational.Domain.Tests.Samples;

namespace HomeCareNational.Domain.Tests.Validation;

public sealed class HubValidationTests
{
    [Fact]
    public void Valid_hubs_have_no_errors()
    {
        Assert.Empty(ValidateHubs(Hubs));
    }

    [Theory]
    [InlineData("hubId", "_H4", "_H4")]
    [InlineData("hubId", "拠点4", "拠点4")]
    [InlineData("name", "拠点4　", "拠点4　")]
    [InlineData("municipalityCode", "3310", "3310")]
    [InlineData("municipalityCode", "13101", "13101")]
    [InlineData("municipalityCode", null, "(null)")]
    public void Bad_text_is_reported_at_its_field_quoting_the_value(string field, string? value, string shown)
    {
        var hubs = Changed(Hubs, BadIndex, h => field switch
        {
            "hubId" => h with { HubId = value! },
            "name" => h with { Name = value! },
            "municipalityCode" => h with { MunicipalityCode = value! },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        });

        var error = Assert.Single(ValidateHubs(hubs));

        Assert.Equal($"hubs[3].{field}", error.Field);
        Assert.Contains($"\"{shown}\"", error.Message);
    }

    [Fact]
    public void Undefined_operator_kind_is_reported()
    {
        var error = Assert.Single(ValidateHubs(Changed(Hubs, BadIndex, h => h with { OperatorKind = (HubOperatorKind)99 })));

        Assert.Equal("hubs[3].operatorKind", error.Field);
        Assert.Contains("\"99\"", error.Message);
    }

    [Fact]
    public void Unknown_area_is_reported_at_its_place_in_the_list()
    {
        var error = Assert.Single(ValidateHubs(Changed(Hubs, BadIndex, h => h with { AreaIds = ["A1", "A9"] })));

        Assert.Equal("hubs[3].areaIds[1]", error.Field);
        Assert.Contains("\"A9\"", error.Message);
    }

    [Fact]
    public void Area_listed_twice_is_reported_at_the_repeat()
    {
        var error = Assert.Single(ValidateHubs(Changed(Hubs, BadIndex, h => h with { AreaIds = ["A1", "A2", "A1"] })));

        Assert.Equal("hubs[3].areaIds[2]", error.Field);
        Assert.Contains("\"A1\" twice", error.Message);
    }

    [Fact]
    public void Duplicate_hub_id_is_reported_with_first_index()
    {
        var error = Assert.Single(ValidateHubs(Changed(Hubs, BadIndex, h => h with { HubId = "H2" })));

        Assert.Equal("hubs[3].hubId", error.Field);
        Assert.Contains("\"H2\"", error.Message);
        Assert.Contains("hubs[1]", error.Message);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var hubs = Changed(Changed(Hubs, 0, h => h with { MunicipalityCode = "13101", AreaIds = ["A9"] }), BadIndex, h => h with { HubId = "H1" });

        var fields = ValidateHubs(hubs).Select(e => e.Field);

        Assert.Equal(["hubs[0].municipalityCode", "hubs[0].areaIds[0]", "hubs[3].hubId"], fields);
    }
}
