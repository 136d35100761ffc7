using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Summaries;

public sealed class SubmissionStatusTests
{
    [Fact]
    public void An_empty_register_misses_areas_hubs_and_designations()
    {
        var status = SubmissionStatus.Of(PrefectureRegister.Empty);

        Assert.Equal([MissingPart.Areas, MissingPart.Hubs, MissingPart.Designations], status.Missing.AsEnumerable());
        Assert.False(status.IsComplete);
        Assert.Equal(0, status.HubsWithoutReport);
        Assert.Empty(status.Warnings);
    }

    [Fact]
    public void A_hub_without_a_report_leaves_the_reports_missing()
    {
        var status = SubmissionStatus.Of(HandMadeRegister.Register);

        Assert.Equal([MissingPart.HubActivityReports], status.Missing.AsEnumerable());
        Assert.Equal(1, status.HubsWithoutReport);
        Assert.False(status.IsComplete);
    }

    [Fact]
    public void An_area_with_no_hub_and_no_designation_in_force_is_warned_about()
    {
        var warning = Assert.Single(SubmissionStatus.Of(HandMadeRegister.Register).Warnings);

        Assert.Equal((SubmissionWarningKind.EmptyArea, "A4"), (warning.Kind, warning.Subject));
        Assert.Contains("area A4", warning.Message);
        Assert.Contains("no hub and no designation in force", warning.Message);
    }

    [Fact]
    public void A_register_with_everything_reported_is_complete()
    {
        var status = SubmissionStatus.Of(HandMadeRegister.Small);

        Assert.True(status.IsComplete);
        Assert.Empty(status.Missing);
        Assert.Equal(0, status.HubsWithoutReport);
        Assert.Empty(status.Warnings);
    }

    [Fact]
    public void Only_withdrawn_designations_count_as_missing_designations()
    {
        var register = HandMadeRegister.Small with
        {
            Institutions = [Designation("3300000001", InstitutionKind.Clinic, "A1", DesignationStatus.Withdrawn)],
        };

        var status = SubmissionStatus.Of(register);

        Assert.Equal([MissingPart.Designations], status.Missing.AsEnumerable());
    }

    [Fact]
    public void Every_hub_without_a_report_is_counted()
    {
        var register = HandMadeRegister.Register with { ActivityReports = [Report("H2", 1, 1)] };

        Assert.Equal(4, SubmissionStatus.Of(register).HubsWithoutReport);
    }

    [Fact]
    public void Warnings_list_designations_then_hubs_then_areas()
    {
        var register = new PrefectureRegister(
            [Samples.Area(1), Samples.Area(2), Samples.Area(3)],
            [Hub("H1", HubOperatorKind.Clinic), Hub("H2", HubOperatorKind.Clinic, "A1")],
            [
                Designation("3300000001", InstitutionKind.Clinic, "A1"),
                Designation("3300000002", InstitutionKind.Clinic, null),
                Designation("3300000003", InstitutionKind.Clinic, null, DesignationStatus.Withdrawn),
                Designation("3300000004", InstitutionKind.Clinic, "A3", DesignationStatus.Withdrawn),
            ])
        {
            ActivityReports = [Report("H1", 1, 5), Report("H2", 1, 5)],
        };

        var warnings = SubmissionStatus.Of(register).Warnings;

        Assert.Equal(
            [(SubmissionWarningKind.DesignationWithoutArea, "3300000002"), (SubmissionWarningKind.HubWithoutArea, "H1"), (SubmissionWarningKind.EmptyArea, "A2"), (SubmissionWarningKind.EmptyArea, "A3")],
            warnings.Select(w => (w.Kind, w.Subject)));
        Assert.Contains("belongs to no home-care area", warnings[0].Message);
        Assert.Contains("hub H1", warnings[1].Message);
        Assert.Contains("covers no home-care area", warnings[1].Message);
        Assert.True(SubmissionStatus.Of(register).IsComplete);
    }
}
