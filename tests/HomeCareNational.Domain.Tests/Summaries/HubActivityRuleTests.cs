using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Summaries;

public sealed class HubActivityRuleTests
{
    [Fact]
    public void A_hub_without_a_report_is_not_reported()
    {
        Assert.Equal(HubActivityStatus.NotReported, HubActivityRule.StatusOf(null));
    }

    [Fact]
    public void A_hub_that_met_and_did_four_duties_is_active()
    {
        Assert.Equal(HubActivityStatus.Active, HubActivityRule.StatusOf(Report("H1", meetings: 1, dutiesDone: 4)));
    }

    [Fact]
    public void A_hub_that_met_often_and_did_all_five_duties_is_active()
    {
        Assert.Equal(HubActivityStatus.Active, HubActivityRule.StatusOf(Report("H1", meetings: 12, dutiesDone: 5)));
    }

    [Fact]
    public void A_hub_that_met_but_did_only_three_duties_is_partly_active()
    {
        Assert.Equal(HubActivityStatus.PartlyActive, HubActivityRule.StatusOf(Report("H1", meetings: 4, dutiesDone: 3)));
    }

    [Fact]
    public void A_hub_that_did_all_five_duties_but_never_met_is_partly_active()
    {
        Assert.Equal(HubActivityStatus.PartlyActive, HubActivityRule.StatusOf(Report("H1", meetings: 0, dutiesDone: 5)));
    }

    [Fact]
    public void A_hub_that_met_but_did_no_duty_is_partly_active()
    {
        Assert.Equal(HubActivityStatus.PartlyActive, HubActivityRule.StatusOf(Report("H1", meetings: 1, dutiesDone: 0)));
    }

    [Fact]
    public void A_hub_that_did_one_duty_without_meeting_is_partly_active()
    {
        Assert.Equal(HubActivityStatus.PartlyActive, HubActivityRule.StatusOf(Report("H1", meetings: 0, dutiesDone: 1)));
    }

    [Fact]
    public void A_hub_that_reported_no_meeting_and_every_duty_not_done_is_inactive()
    {
        Assert.Equal(HubActivityStatus.Inactive, HubActivityRule.StatusOf(Report("H1", meetings: 0, dutiesDone: 0)));
    }

    [Theory]
    [InlineData(0, 0, HubActivityStatus.Inactive)]
    [InlineData(0, 1, HubActivityStatus.PartlyActive)]
    [InlineData(0, 4, HubActivityStatus.PartlyActive)]
    [InlineData(1, 0, HubActivityStatus.PartlyActive)]
    [InlineData(1, 3, HubActivityStatus.PartlyActive)]
    [InlineData(1, 4, HubActivityStatus.Active)]
    [InlineData(2, 5, HubActivityStatus.Active)]
    public void Status_follows_meetings_and_duties_done(int meetings, int dutiesDone, HubActivityStatus expected)
    {
        Assert.Equal(expected, HubActivityRule.StatusOf(Report("H1", meetings, dutiesDone)));
    }

    [Fact]
    public void A_duty_reported_done_twice_counts_once()
    {
        var report = ReportOfDuties(
            "H1", 1, HubDuty.StakeholderMeetings, HubDuty.StakeholderMeetings, HubDuty.StaffTraining, HubDuty.StaffTraining, HubDuty.PublicAwareness);

        Assert.Equal(HubActivityStatus.PartlyActive, HubActivityRule.StatusOf(report));
    }

    [Fact]
    public void Four_distinct_duties_are_needed_for_active()
    {
        Assert.Equal(4, HubActivityRule.DutiesForActive);
        Assert.Equal(
            HubActivityStatus.Active,
            HubActivityRule.StatusOf(ReportOfDuties("H1", 1, HubDuty.StakeholderMeetings, HubDuty.ServiceCoordination, HubDuty.RoundTheClockResponse, HubDuty.PublicAwareness)));
    }

    [Fact]
    public void Training_awareness_and_disaster_support_do_not_make_a_hub_active()
    {
        var report = Report("H1", meetings: 0, dutiesDone: 0) with { TrainingSessions = 5, AwarenessEvents = 3, DisasterPreparednessSupport = true };

        Assert.Equal(HubActivityStatus.Inactive, HubActivityRule.StatusOf(report));
    }

    [Fact]
    public void Status_by_hub_covers_every_hub_and_only_hubs_of_the_register()
    {
        var register = new PrefectureRegister(Samples.Areas, [Hub("H1", HubOperatorKind.Clinic, "A1"), Hub("H2", HubOperatorKind.Clinic, "A2")], [])
        {
            ActivityReports = [Report("H1", 1, 4)],
        };

        var status = HubActivityRule.StatusByHub(register);

        Assert.Equal(2, status.Count);
        Assert.Equal(HubActivityStatus.Active, status["H1"]);
        Assert.Equal(HubActivityStatus.NotReported, status["H2"]);
    }

    [Fact]
    public void Status_by_hub_of_the_hand_made_register_gives_each_status()
    {
        var status = HubActivityRule.StatusByHub(HandMadeRegister.Register);

        Assert.Equal(
            [HubActivityStatus.Active, HubActivityStatus.PartlyActive, HubActivityStatus.Inactive, HubActivityStatus.PartlyActive, HubActivityStatus.NotReported],
            new[] { "H1", "H2", "H3", "H4", "H5" }.Select(h => status[h]));
    }
}
