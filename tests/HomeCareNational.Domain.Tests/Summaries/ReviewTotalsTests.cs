using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Summaries;

public sealed class ReviewTotalsTests
{
    [Fact]
    public void Hospitals_and_clinics_need_no_review()
    {
        var totals = ReviewTotals.Of(
        [
            Designation("3300000001", InstitutionKind.Clinic, "A1"),
            Designation("3300000002", InstitutionKind.DentalClinic, "A1", DesignationStatus.Withdrawn),
        ]);

        Assert.Equal(ReviewTotals.Empty, totals);
        Assert.Equal(1, totals.CompletedShare);
    }

    [Fact]
    public void Every_non_clinical_designation_is_required_whatever_its_state()
    {
        var totals = ReviewTotals.Of(HandMadeRegister.Register.Institutions);

        Assert.Equal(7, totals.Required);
        Assert.Equal(totals.Required, totals.Open + totals.Withdrawn + totals.ReplacedByClinical + totals.Kept);
    }

    [Fact]
    public void Each_state_is_counted_once()
    {
        var totals = ReviewTotals.Of(
        [
            Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1"),
            Designation("VN-02", InstitutionKind.VisitingNurseStation, "A1"),
            Designation("VN-03", InstitutionKind.VisitingNurseStation, "A1"),
            Designation("PH-01", InstitutionKind.Pharmacy, "A1", DesignationStatus.Withdrawn, Withdrawn()),
            Designation("PH-02", InstitutionKind.Pharmacy, "A1", DesignationStatus.Withdrawn),
            Designation("MU-01", InstitutionKind.Municipality, "A1", DesignationStatus.Withdrawn, ReplacedBy("3300000001")),
            Designation("MA-01", InstitutionKind.MedicalAssociation, "A1", review: Kept()),
            Designation("3300000001", InstitutionKind.Clinic, "A1"),
        ]);

        Assert.Equal(new ReviewTotals(Required: 7, Open: 3, Withdrawn: 2, ReplacedByClinical: 1, Kept: 1), totals);
        Assert.Equal(4.0 / 7, totals.CompletedShare, precision: 10);
    }

    [Fact]
    public void Nothing_reviewed_yet_is_zero_complete()
    {
        var totals = ReviewTotals.Of([Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1")]);

        Assert.Equal(0, totals.CompletedShare);
    }

    [Fact]
    public void Sum_adds_state_by_state()
    {
        var sum = ReviewTotals.Sum([new ReviewTotals(7, 2, 2, 1, 2), new ReviewTotals(3, 1, 0, 1, 1), ReviewTotals.Empty]);

        Assert.Equal(new ReviewTotals(10, 3, 2, 2, 3), sum);
    }

    [Fact]
    public void Sum_of_nothing_is_empty()
    {
        Assert.Equal(ReviewTotals.Empty, ReviewTotals.Sum([]));
    }
}
