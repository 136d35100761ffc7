using HomeCareNational.Domain.Edits;
using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Edits;

public sealed class HubEditTests
{
    private static readonly PrefectureRegister Current = HandMadeRegister.Register;

    [Fact]
    public void Reporting_for_a_hub_without_a_report_adds_it()
    {
        var after = Current.Accepted(new ReportHubActivity(Report("H5", 1, 4)));

        Assert.Equal(5, after.ActivityReports.Length);
        Assert.Equal(HubActivityStatus.Active, HubActivityRule.StatusByHub(after)["H5"]);
        Assert.Equal(2, RegisterTotals.Of(after).HubsByActivityStatus[HubActivityStatus.Active]);
    }

    [Fact]
    public void Reporting_again_replaces_the_earlier_report_in_place()
    {
        var after = Current.Accepted(new ReportHubActivity(Report("H3", 1, 5)));

        Assert.Equal(["H1", "H2", "H3", "H4"], after.ActivityReports.Select(r => r.HubId));
        Assert.Equal(Report("H3", 1, 5), after.ActivityReports[2]);
        Assert.Equal(1, RegisterTotals.Of(after).AreasWithoutActiveHub);
    }

    [Fact]
    public void A_report_with_a_meeting_outside_the_year_is_refused()
    {
        var report = Report("H5", 1, 4) with { Meetings = [new(new DateOnly(2025, 4, 1), AttendeeCategories.Medical)] };

        var error = Assert.Single(Current.Refused(new ReportHubActivity(report)));

        Assert.Equal("report.meetings[0].heldOn", error.Field);
    }

    [Fact]
    public void Retiring_a_hub_removes_it_and_its_report()
    {
        var after = Current.Accepted(new RetireHub("H1"));

        Assert.Equal(["H2", "H3", "H4", "H5"], after.HubIds());
        Assert.Equal(["H2", "H3", "H4"], after.ActivityReports.Select(r => r.HubId));
        Assert.Equal(0, RegisterTotals.Of(after).HubsByActivityStatus[HubActivityStatus.Active]);
        Assert.Equal(4, RegisterTotals.Of(after).AreasWithoutActiveHub);
    }

    [Fact]
    public void Retiring_a_hub_without_a_report_leaves_the_reports_alone()
    {
        var after = Current.Accepted(new RetireHub("H5"));

        Assert.Equal(Current.ActivityReports.AsEnumerable(), after.ActivityReports.AsEnumerable());
        Assert.True(SubmissionStatus.Of(after).IsComplete);
    }

    [Fact]
    public void Upserting_a_known_hub_replaces_it_in_place_and_keeps_its_report()
    {
        var after = Current.Accepted(new UpsertHub(Hub("H2", HubOperatorKind.Hospital, "A4")));

        Assert.Equal(["H1", "H2", "H3", "H4", "H5"], after.HubIds());
        Assert.Equal(HubOperatorKind.Hospital, after.Hubs[1].OperatorKind);
        Assert.Equal(Current.ActivityReports.AsEnumerable(), after.ActivityReports.AsEnumerable());
        Assert.Equal(0, RegisterTotals.Of(after).AreasWithoutHub);
    }

    [Fact]
    public void Upserting_a_new_hub_appends_it()
    {
        var after = Current.Accepted(new UpsertHub(Hub("H6", HubOperatorKind.Clinic, "A4")));

        Assert.Equal(["H1", "H2", "H3", "H4", "H5", "H6"], after.HubIds());
        Assert.Equal(2, RegisterTotals.Of(after).HubsByActivityStatus[HubActivityStatus.NotReported]);
    }

    [Fact]
    public void Upserting_a_hub_in_an_unknown_area_is_refused()
    {
        var error = Assert.Single(Current.Refused(new UpsertHub(Hub("H6", HubOperatorKind.Clinic, "A9"))));

        Assert.Equal("hub.areaIds[0]", error.Field);
    }

    [Fact]
    public void Replacing_hubs_drops_the_reports_of_hubs_left_out()
    {
        var after = Current.Accepted(new ReplaceHubs([Current.Hubs[1], Current.Hubs[3], Hub("H7", HubOperatorKind.Clinic, "A4")]));

        Assert.Equal(["H2", "H4", "H7"], after.HubIds());
        Assert.Equal(["H2", "H4"], after.ActivityReports.Select(r => r.HubId));
        var status = RegisterTotals.Of(after).HubsByActivityStatus;
        Assert.Equal((0, 2, 0, 1), (status[HubActivityStatus.Active], status[HubActivityStatus.PartlyActive], status[HubActivityStatus.Inactive], status[HubActivityStatus.NotReported]));
    }

    [Fact]
    public void Replacing_hubs_with_a_duplicate_id_is_refused()
    {
        var error = Assert.Single(Current.Refused(new ReplaceHubs([Hub("H1", HubOperatorKind.Clinic, "A1"), Hub("H1", HubOperatorKind.Clinic, "A2")])));

        Assert.Equal("hubs[1].hubId", error.Field);
    }
}
