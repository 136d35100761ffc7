using GraphQL.Types;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;
using HomeCareNational.GraphQL.Types;
using HomeCareNational.Application.Reads.Views;

namespace HomeCareNational.GraphQL.Tests.RegisterDetail;

/// <summary>What the register view derives for its hubs, areas and submission status, without a service.</summary>
public sealed class RegisterViewTests
{
    private static readonly HubActivityReport ActiveReport = new(
        "H1", [new(new(2030, 5, 1), AttendeeCategories.Medical)], [.. Enum.GetValues<HubDuty>().Select(d => new HubDutyReport(d, true, null))], false, null, 0, 0);

    private static readonly PrefectureRegister Register = new(
        [new("A1", "一", AreaUnitType.Other, ["33201"]), new("A2", "二", AreaUnitType.Other, ["33202"]), new("A3", "三", AreaUnitType.Other, ["33203"])],
        [new("H1", "拠点一", HubOperatorKind.Municipality, "33201", ["A1"]), new("H2", "拠点二", HubOperatorKind.Municipality, "33202", ["A2"])],
        [new("3300000001", "診療所", InstitutionKind.Clinic, "33203", "A3", HomeCareFunctions.DailyCareSupport, false, new(2030, 4, 1))])
    {
        ActivityReports = [ActiveReport],
    };

    [Fact]
    public void Each_hub_carries_its_own_report_and_the_status_decided_from_it()
    {
        var hubs = new RegisterView("33", 2030, Register).Hubs.ToList();

        Assert.Equal([("H1", HubActivityStatus.Active), ("H2", HubActivityStatus.NotReported)], hubs.Select(h => (h.Hub.HubId, h.ActivityStatus)));
        Assert.Same(ActiveReport, hubs[0].ActivityReport);
        Assert.Null(hubs[1].ActivityReport);
    }

    [Fact]
    public void Each_area_carries_what_covers_it()
    {
        var areas = new RegisterView("33", 2030, Register).Areas.ToDictionary(a => a.Area.AreaId, a => a.Coverage);

        Assert.Equal(new AreaCoverageView(HasHub: true, HasActiveHub: true, HasDesignatedInstitution: false), areas["A1"]);
        Assert.Equal(new AreaCoverageView(HasHub: true, HasActiveHub: false, HasDesignatedInstitution: false), areas["A2"]);
        Assert.Equal(new AreaCoverageView(HasHub: false, HasActiveHub: false, HasDesignatedInstitution: true), areas["A3"]);
    }

    [Fact]
    public void The_submission_status_is_worked_out_once_per_view()
    {
        var view = new RegisterView("33", 2030, Register);

        Assert.Same(view.Status, view.Status);
        Assert.Equal([MissingPart.HubActivityReports], view.Status.Missing.AsEnumerable());
        Assert.Equal(1, view.Status.HubsWithoutReport);
    }

    [Fact]
    public void Views_of_the_same_register_are_equal()
    {
        var view = new RegisterView("33", 2030, Register);
        _ = view.Status;

        Assert.Equal(new RegisterView("33", 2030, Register), view);
        Assert.NotEqual(new RegisterView("33", 2031, Register), view);
    }

    [Fact]
    public void Attendee_categories_list_in_glossary_order_and_combine_back()
    {
        var categories = AttendeeCategories.Government | AttendeeCategories.Medical | AttendeeCategories.DisabilityWelfare;

        Assert.Equal([AttendeeCategories.Medical, AttendeeCategories.DisabilityWelfare, AttendeeCategories.Government], AttendeeCategoryEnum.Split(categories));
        Assert.Equal(categories, AttendeeCategoryEnum.Combine(AttendeeCategoryEnum.Split(categories)));
        Assert.Equal(AttendeeCategories.All, AttendeeCategoryEnum.Combine(AttendeeCategoryEnum.Single));
    }

    [Fact]
    public void Activity_statuses_and_attendee_categories_are_described_by_their_Japanese_labels()
    {
        Assert.Equal(["活動中", "一部活動", "活動なし", "未報告"], new HubActivityStatusEnum().Values.Select(v => v.Description));
        Assert.Equal(["医療", "介護", "障害福祉", "地域包括支援センター", "行政"], new AttendeeCategoryEnum().Values.Select(v => v.Description));
    }

    [Fact]
    public void Every_value_of_the_new_enumerations_is_described()
    {
        EnumerationGraphType[] enums =
        [
            new HubActivityStatusEnum(), new ReviewStateEnum(), new ReviewOutcomeEnum(), new HubDutyEnum(), new AttendeeCategoryEnum(),
            new MissingPartEnum(), new SubmissionWarningKindEnum(),
        ];

        Assert.All(enums, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Description), e.Name);
            Assert.All(e.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.Description), $"{e.Name}.{v.Name}"));
        });
    }
}
