using HomeCareNational.Domain.Edits;
using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Summaries;

/// <summary>Review tracker and hub status counts on <see cref="HandMadeRegister"/>, whose numbers are counted by hand.</summary>
public sealed class HandMadeFixtureTests
{
    [Fact]
    public void The_fixture_is_a_valid_register()
    {
        var register = HandMadeRegister.Register;

        Assert.Empty(RegisterValidator.ValidateAreas(Samples.Prefecture, register.Areas, register));
        Assert.Empty(RegisterValidator.ValidateHubs(Samples.Prefecture, register.Hubs, register));
        Assert.Empty(RegisterValidator.ValidateInstitutions(Samples.Prefecture, Samples.FiscalYear, register.Institutions, register));
        Assert.All(register.ActivityReports, r => Assert.Empty(RecordValidator.ValidateActivityReport(Samples.FiscalYear, r, register)));
    }

    [Fact]
    public void Hubs_are_counted_per_activity_status()
    {
        var totals = RegisterTotals.Of(HandMadeRegister.Register);

        Assert.Equal(1, totals.HubsByActivityStatus[HubActivityStatus.Active]);
        Assert.Equal(2, totals.HubsByActivityStatus[HubActivityStatus.PartlyActive]);
        Assert.Equal(1, totals.HubsByActivityStatus[HubActivityStatus.Inactive]);
        Assert.Equal(1, totals.HubsByActivityStatus[HubActivityStatus.NotReported]);
        Assert.Equal(5, totals.HubsByActivityStatus.Values.Sum());
    }

    [Fact]
    public void Areas_are_counted_without_any_hub_and_without_an_active_hub()
    {
        var totals = RegisterTotals.Of(HandMadeRegister.Register);

        Assert.Equal(1, totals.AreasWithoutHub);
        Assert.Equal(3, totals.AreasWithoutActiveHub);
        Assert.Equal(2, totals.AreasWithoutDesignation);
        Assert.Equal(["A1"], AreaCoverage.AreasWithActiveHub(HandMadeRegister.Register).Order());
    }

    [Fact]
    public void Review_tracker_counts_every_non_clinical_designation_by_state()
    {
        var review = RegisterTotals.Of(HandMadeRegister.Register).Review;

        Assert.Equal(new ReviewTotals(Required: 7, Open: 2, Withdrawn: 2, ReplacedByClinical: 1, Kept: 2), review);
        Assert.Equal(5.0 / 7, review.CompletedShare, precision: 10);
    }

    [Fact]
    public void Designations_in_force_are_split_clinical_and_non_clinical()
    {
        var designations = RegisterTotals.Of(HandMadeRegister.Register).Designations;

        Assert.Equal((8, 4, 4), (designations.Total, designations.Clinical, designations.NonClinical));
        Assert.Equal(0.5, designations.NonClinicalShare);
        Assert.Equal(1, designations.ByKind[InstitutionKind.Clinic]);
        Assert.Equal(1, designations.ByKind[InstitutionKind.Pharmacy]);
        Assert.Equal(0, designations.ByKind[InstitutionKind.CareManagementOffice]);
        Assert.Equal(0, designations.ByKind[InstitutionKind.PublicHealthCenter]);
    }

    [Fact]
    public void Hubs_areas_operators_and_indicators_are_counted()
    {
        var totals = RegisterTotals.Of(HandMadeRegister.Register);

        Assert.Equal((5, 4, 1), (totals.Hubs, totals.Areas, totals.Prefectures));
        Assert.Equal(2, totals.HubsByOperatorKind[HubOperatorKind.MedicalAssociation]);
        Assert.Equal(1, totals.HubsByOperatorKind[HubOperatorKind.Municipality]);
        Assert.Equal(0, totals.HubsByOperatorKind[HubOperatorKind.Hospital]);
        Assert.Equal(1, totals.Indicators[PlanIndicator.HomeCareSupportHospitals]);
        Assert.Equal(3, totals.Indicators[PlanIndicator.HospitalsAndClinicsProvidingEndOfLifeCare]);
        Assert.Equal(1, totals.Indicators[PlanIndicator.VisitingNurseStationsAroundTheClock]);
    }

    [Fact]
    public void Totals_of_the_small_register_are_counted_by_hand_too()
    {
        var totals = RegisterTotals.Of(HandMadeRegister.Small);

        Assert.Equal((2, 1, 1), (totals.Designations.Total, totals.Designations.Clinical, totals.Designations.NonClinical));
        Assert.Equal((1, 0, 0, 0), (totals.HubsByActivityStatus[HubActivityStatus.Active], totals.AreasWithoutHub, totals.AreasWithoutActiveHub, totals.AreasWithoutDesignation));
        Assert.Equal(new ReviewTotals(1, 1, 0, 0, 0), totals.Review);
    }

    [Fact]
    public void Sum_of_two_registers_adds_every_new_count()
    {
        var sum = RegisterTotals.Sum([RegisterTotals.Of(HandMadeRegister.Register), RegisterTotals.Of(HandMadeRegister.Small), RegisterTotals.Empty]);

        Assert.Equal((10, 5, 5), (sum.Designations.Total, sum.Designations.Clinical, sum.Designations.NonClinical));
        Assert.Equal((6, 5, 2), (sum.Hubs, sum.Areas, sum.Prefectures));
        Assert.Equal(2, sum.HubsByActivityStatus[HubActivityStatus.Active]);
        Assert.Equal(2, sum.HubsByActivityStatus[HubActivityStatus.PartlyActive]);
        Assert.Equal(1, sum.HubsByActivityStatus[HubActivityStatus.Inactive]);
        Assert.Equal(1, sum.HubsByActivityStatus[HubActivityStatus.NotReported]);
        Assert.Equal((1, 2, 3), (sum.AreasWithoutHub, sum.AreasWithoutDesignation, sum.AreasWithoutActiveHub));
        Assert.Equal(new ReviewTotals(Required: 8, Open: 3, Withdrawn: 2, ReplacedByClinical: 1, Kept: 2), sum.Review);
        Assert.Equal(2, sum.Designations.ByKind[InstitutionKind.Pharmacy]);
        Assert.Equal(1, sum.HubsByOperatorKind[HubOperatorKind.Clinic]);
    }

    [Fact]
    public void Sum_of_a_register_with_itself_doubles_it_and_equals_the_doubled_totals()
    {
        var one = RegisterTotals.Of(HandMadeRegister.Register);

        var twice = RegisterTotals.Sum([one, one]);

        Assert.Equal(new ReviewTotals(14, 4, 4, 2, 4), twice.Review);
        Assert.Equal(6, twice.AreasWithoutActiveHub);
        Assert.Equal(2, twice.HubsByActivityStatus[HubActivityStatus.NotReported]);
        Assert.Equal(twice, RegisterTotals.Sum([RegisterTotals.Sum([one]), one]));
        Assert.NotEqual(one, twice);
    }

    [Fact]
    public void Totals_differing_only_in_activity_status_or_review_are_not_equal()
    {
        var one = RegisterTotals.Of(HandMadeRegister.Register);
        var reported = RegisterTotals.Of(HandMadeRegister.Register with { ActivityReports = [.. HandMadeRegister.Register.ActivityReports, Report("H5", 0, 0)] });
        var reviewed = RegisterTotals.Of(HandMadeRegister.Register.Accepted(new RecordReview("VN-01", Kept())));

        Assert.NotEqual(one, reported);
        Assert.NotEqual(one, reviewed);
        Assert.Equal(one, RegisterTotals.Of(HandMadeRegister.Register));
    }

    [Fact]
    public void Empty_totals_have_every_status_at_zero_and_no_review()
    {
        var empty = RegisterTotals.Empty;

        Assert.Equal(Enum.GetValues<HubActivityStatus>(), empty.HubsByActivityStatus.Keys.Order());
        Assert.All(empty.HubsByActivityStatus.Values, v => Assert.Equal(0, v));
        Assert.Equal((0, 0), (empty.AreasWithoutActiveHub, empty.Prefectures));
        Assert.Equal(ReviewTotals.Empty, empty.Review);
    }
}
