using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Register;

public sealed class ReviewStateTests
{
    [Theory]
    [InlineData(InstitutionKind.Clinic)]
    [InlineData(InstitutionKind.DentalClinic)]
    [InlineData(InstitutionKind.HomeCareBackupHospital)]
    public void A_hospital_or_clinic_needs_no_review_even_with_an_outcome_recorded(InstitutionKind kind)
    {
        Assert.Equal(ReviewState.NotRequired, Designation("3300000001", kind, "A1").ReviewState);
        Assert.Equal(ReviewState.NotRequired, Designation("3300000001", kind, "A1", DesignationStatus.Withdrawn, Withdrawn()).ReviewState);
    }

    [Fact]
    public void A_non_clinical_designation_in_force_without_an_outcome_is_open()
    {
        Assert.Equal(ReviewState.Open, Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1").ReviewState);
    }

    [Fact]
    public void A_non_clinical_designation_withdrawn_without_a_review_counts_as_withdrawn()
    {
        Assert.Equal(ReviewState.Withdrawn, Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1", DesignationStatus.Withdrawn).ReviewState);
    }

    [Fact]
    public void Recorded_outcomes_give_their_state()
    {
        Assert.Equal(ReviewState.Withdrawn, Designation("PH-01", InstitutionKind.Pharmacy, "A1", DesignationStatus.Withdrawn, Withdrawn()).ReviewState);
        Assert.Equal(ReviewState.ReplacedByClinical, Designation("PH-01", InstitutionKind.Pharmacy, "A1", DesignationStatus.Withdrawn, ReplacedBy("3300000001")).ReviewState);
        Assert.Equal(ReviewState.Kept, Designation("PH-01", InstitutionKind.Pharmacy, "A1", review: Kept()).ReviewState);
    }

    [Fact]
    public void A_kept_designation_withdrawn_later_counts_as_withdrawn_not_kept()
    {
        var kept = Designation("PH-01", InstitutionKind.Pharmacy, "A1", review: Kept());

        Assert.Equal(ReviewState.Withdrawn, (kept with { Status = DesignationStatus.Withdrawn }).ReviewState);
    }

    [Fact]
    public void A_designation_designated_again_after_being_withdrawn_in_review_is_open_again()
    {
        var withdrawn = Designation("PH-01", InstitutionKind.Pharmacy, "A1", DesignationStatus.Withdrawn, Withdrawn());
        var replaced = Designation("MU-01", InstitutionKind.Municipality, "A1", DesignationStatus.Withdrawn, ReplacedBy("3300000001"));

        Assert.Equal(ReviewState.Open, (withdrawn with { Status = DesignationStatus.Active }).ReviewState);
        Assert.Equal(ReviewState.Open, (replaced with { Status = DesignationStatus.Active }).ReviewState);
    }
}
