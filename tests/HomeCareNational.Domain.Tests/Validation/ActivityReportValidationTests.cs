using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Validation;

public sealed class ActivityReportValidationTests
{
    private static IReadOnlyList<ValidationError> Validate(HubActivityReport report) =>
        RecordValidator.ValidateActivityReport(Samples.FiscalYear, report, Samples.WithAreasAndHubs);

    private static HubActivityReport Valid => Report("H2", meetings: 2, dutiesDone: 3);

    [Fact]
    public void A_valid_report_has_no_errors()
    {
        Assert.Empty(Validate(Valid));
    }

    [Fact]
    public void A_report_for_a_hub_not_in_the_register_is_refused()
    {
        var error = Assert.Single(Validate(Valid with { HubId = "H9" }));

        Assert.Equal("report.hubId", error.Field);
        Assert.Contains("\"H9\"", error.Message);
        Assert.Contains("not a hub", error.Message);
    }

    [Theory]
    [InlineData(2024, 3, 31, "2024-03-31")]
    [InlineData(2025, 4, 1, "2025-04-01")]
    public void A_meeting_outside_the_fiscal_year_is_reported_at_its_place(int year, int month, int day, string shown)
    {
        var report = Valid with { Meetings = [new(InYear, AttendeeCategories.Medical), new(new DateOnly(year, month, day), AttendeeCategories.Medical)] };

        var error = Assert.Single(Validate(report));

        Assert.Equal("report.meetings[1].heldOn", error.Field);
        Assert.Contains(shown, error.Message);
        Assert.Contains("outside fiscal year 2024 (2024-04-01 to 2025-03-31)", error.Message);
    }

    [Fact]
    public void Meetings_on_the_first_and_last_day_of_the_year_are_accepted()
    {
        var report = Valid with { Meetings = [new(new DateOnly(2024, 4, 1), AttendeeCategories.All), new(new DateOnly(2025, 3, 31), AttendeeCategories.Government)] };

        Assert.Empty(Validate(report));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(33)]
    public void Attendees_must_name_known_categories_only(int attendees)
    {
        var report = Valid with { Meetings = [new(InYear, AttendeeCategories.Medical), new(InYear, (AttendeeCategories)attendees)] };

        var error = Assert.Single(Validate(report));

        Assert.Equal("report.meetings[1].attendees", error.Field);
        Assert.Contains("at least one of 医療", error.Message);
    }

    [Fact]
    public void Too_many_meetings_are_refused()
    {
        var report = Valid with { Meetings = [.. Enumerable.Repeat(new HubMeeting(InYear, AttendeeCategories.Medical), RecordValidator.MaxMeetings + 1)] };

        var error = Assert.Single(Validate(report));

        Assert.Equal("report.meetings", error.Field);
        Assert.Contains("501", error.Message);
        Assert.Contains("at most 500", error.Message);
    }

    [Fact]
    public void Exactly_the_most_meetings_are_accepted()
    {
        Assert.Empty(Validate(Valid with { Meetings = [.. Enumerable.Repeat(new HubMeeting(InYear, AttendeeCategories.Medical), RecordValidator.MaxMeetings)] }));
    }

    [Fact]
    public void A_duty_reported_twice_is_reported_at_the_repeat()
    {
        var report = Valid with { Duties = [.. Valid.Duties, new HubDutyReport(HubDuty.StaffTraining, true, null)] };

        var error = Assert.Single(Validate(report));

        Assert.Equal("report.duties[5].duty", error.Field);
        Assert.Contains("StaffTraining is reported twice", error.Message);
    }

    [Fact]
    public void Duties_left_out_are_named()
    {
        var report = ReportOfDuties("H1", 1, HubDuty.StakeholderMeetings, HubDuty.ServiceCoordination, HubDuty.RoundTheClockResponse);

        var error = Assert.Single(Validate(report));

        Assert.Equal("report.duties", error.Field);
        Assert.Contains("does not report StaffTraining, PublicAwareness", error.Message);
    }

    [Fact]
    public void A_report_with_no_duties_names_all_five()
    {
        var error = Assert.Single(Validate(Valid with { Duties = [] }));

        Assert.Equal("report.duties", error.Field);
        Assert.Contains("StakeholderMeetings, ServiceCoordination, RoundTheClockResponse, StaffTraining, PublicAwareness", error.Message);
    }

    [Fact]
    public void An_undefined_duty_is_reported_at_its_place()
    {
        var report = Valid with { Duties = [.. Valid.Duties, new HubDutyReport((HubDuty)9, true, null)] };

        var error = Assert.Single(Validate(report));

        Assert.Equal("report.duties[5].duty", error.Field);
        Assert.Contains("\"9\"", error.Message);
        Assert.Contains("HubDuty", error.Message);
    }

    [Fact]
    public void A_note_too_long_is_reported_with_its_length()
    {
        var report = Valid with { Duties = Valid.Duties.SetItem(2, Valid.Duties[2] with { Note = new string('あ', RecordValidator.MaxNoteLength + 1) }) };

        var error = Assert.Single(Validate(report));

        Assert.Equal("report.duties[2].note", error.Field);
        Assert.Contains("2001 characters", error.Message);
        Assert.Contains("2000", error.Message);
    }

    [Fact]
    public void A_note_of_the_longest_length_is_accepted()
    {
        var longest = new string('あ', RecordValidator.MaxNoteLength);
        var report = Valid with { Duties = Valid.Duties.SetItem(2, Valid.Duties[2] with { Note = longest }), DisasterPreparednessNote = longest };

        Assert.Empty(Validate(report));
    }

    [Fact]
    public void A_disaster_preparedness_note_too_long_is_reported()
    {
        var error = Assert.Single(Validate(Valid with { DisasterPreparednessSupport = true, DisasterPreparednessNote = new string('x', 2001) }));

        Assert.Equal("report.disasterPreparednessNote", error.Field);
        Assert.Contains("disasterPreparednessNote is 2001 characters", error.Message);
    }

    [Theory]
    [InlineData(-1, 0, "report.trainingSessions", "trainingSessions -1")]
    [InlineData(10_001, 0, "report.trainingSessions", "trainingSessions 10001")]
    [InlineData(0, -5, "report.awarenessEvents", "awarenessEvents -5")]
    [InlineData(0, 10_001, "report.awarenessEvents", "awarenessEvents 10001")]
    public void Counts_out_of_range_are_reported(int training, int awareness, string field, string shown)
    {
        var error = Assert.Single(Validate(Valid with { TrainingSessions = training, AwarenessEvents = awareness }));

        Assert.Equal(field, error.Field);
        Assert.Contains(shown, error.Message);
        Assert.Contains("between 0 and 10000", error.Message);
    }

    [Fact]
    public void Counts_at_the_limits_are_accepted()
    {
        Assert.Empty(Validate(Valid with { TrainingSessions = 0, AwarenessEvents = RecordValidator.MaxEventCount }));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_order()
    {
        var report = Valid with
        {
            HubId = "H9",
            Meetings = [new(new DateOnly(2023, 4, 1), AttendeeCategories.None)],
            Duties = [.. Valid.Duties.Take(4), new HubDutyReport(HubDuty.StakeholderMeetings, false, null)],
            TrainingSessions = -1,
            AwarenessEvents = -1,
        };

        var fields = Validate(report).Select(e => e.Field);

        Assert.Equal(
            ["report.hubId", "report.meetings[0].heldOn", "report.meetings[0].attendees", "report.duties[4].duty", "report.duties", "report.trainingSessions", "report.awarenessEvents"],
            fields);
    }
}
