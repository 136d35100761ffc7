using HomeCareNational.Domain.Edits;
using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Edits;

public sealed class DesignationEditTests
{
    private static readonly PrefectureRegister Current = HandMadeRegister.Register;

    [Fact]
    public void Adding_a_designation_appends_it()
    {
        var after = Current.Accepted(new AddDesignation(Designation("PH-02", InstitutionKind.Pharmacy, "A4")));

        Assert.Equal(Current.Institutions.Length + 1, after.Institutions.Length);
        Assert.Equal("PH-02", after.Institutions[^1].InstitutionCode);
        Assert.Equal(new ReviewTotals(8, 3, 2, 1, 2), ReviewTotals.Of(after.Institutions));
    }

    [Fact]
    public void Adding_a_designation_in_an_unknown_area_is_refused()
    {
        var error = Assert.Single(Current.Refused(new AddDesignation(Designation("PH-02", InstitutionKind.Pharmacy, "A9"))));

        Assert.Equal("institution.homeCareAreaId", error.Field);
        Assert.Contains("\"A9\"", error.Message);
    }

    [Fact]
    public void Updating_a_designation_replaces_it_in_place_and_keeps_its_review()
    {
        var index = Current.Institutions.IndexOf(Current.Find("MA-01"));

        var after = Current.Accepted(new UpdateDesignation(Designation("MA-01", InstitutionKind.MedicalAssociation, "A2") with { Name = "（テスト）改名医師会" }));

        Assert.Equal("（テスト）改名医師会", after.Institutions[index].Name);
        Assert.Equal("A2", after.Institutions[index].HomeCareAreaId);
        Assert.Equal(Current.Find("MA-01").Review, after.Institutions[index].Review);
        Assert.Equal(Current.Institutions.Length, after.Institutions.Length);
    }

    [Fact]
    public void Updating_a_designation_not_in_the_register_is_refused()
    {
        var error = Assert.Single(Current.Refused(new UpdateDesignation(Designation("PH-02", InstitutionKind.Pharmacy, "A1"))));

        Assert.Equal("institution.institutionCode", error.Field);
        Assert.Contains("not a designation", error.Message);
    }

    [Fact]
    public void Designating_again_after_a_withdrawing_review_reopens_the_review()
    {
        var after = Current.Accepted(new UpdateDesignation(Designation("CM-01", InstitutionKind.CareManagementOffice, "A3")));

        Assert.Equal(ReviewOutcome.Withdrawn, after.Find("CM-01").Review?.Outcome);
        Assert.Equal(ReviewState.Open, after.Find("CM-01").ReviewState);
        Assert.Equal(new ReviewTotals(Required: 7, Open: 3, Withdrawn: 1, ReplacedByClinical: 1, Kept: 2), ReviewTotals.Of(after.Institutions));
        Assert.Empty(new RecordReview("CM-01", Kept()).Validate(Samples.Prefecture, Samples.FiscalYear, after));
    }

    [Fact]
    public void Withdrawing_keeps_the_designation_out_of_force()
    {
        var after = Current.Accepted(new WithdrawDesignation("PH-01"));

        Assert.Equal(DesignationStatus.Withdrawn, after.Find("PH-01").Status);
        Assert.Equal(Current.Institutions.Length, after.Institutions.Length);
        Assert.Equal(7, DesignationTotals.Of(after.Institutions).Total);
        Assert.Equal(new ReviewTotals(7, 1, 3, 1, 2), ReviewTotals.Of(after.Institutions));
    }

    [Fact]
    public void Withdrawing_twice_changes_nothing()
    {
        var once = Current.Accepted(new WithdrawDesignation("PH-01"));

        Assert.Equal(once, once.Accepted(new WithdrawDesignation("PH-01")));
    }

    [Fact]
    public void Withdrawing_a_kept_designation_moves_it_from_kept_to_withdrawn()
    {
        var after = Current.Accepted(new WithdrawDesignation("MA-01"));

        Assert.Equal(new ReviewTotals(Required: 7, Open: 2, Withdrawn: 3, ReplacedByClinical: 1, Kept: 1), ReviewTotals.Of(after.Institutions));
    }

    [Theory]
    [InlineData(ReviewOutcome.Withdrawn, DesignationStatus.Withdrawn, ReviewState.Withdrawn)]
    [InlineData(ReviewOutcome.ReplacedByClinical, DesignationStatus.Withdrawn, ReviewState.ReplacedByClinical)]
    [InlineData(ReviewOutcome.Kept, DesignationStatus.Active, ReviewState.Kept)]
    public void Recording_an_outcome_sets_the_review_and_the_status(ReviewOutcome outcome, DesignationStatus status, ReviewState state)
    {
        var review = outcome switch
        {
            ReviewOutcome.Withdrawn => Withdrawn(),
            ReviewOutcome.ReplacedByClinical => ReplacedBy("3300000001"),
            _ => Kept(),
        };

        var after = Current.Accepted(new RecordReview("PH-01", review));

        Assert.Equal(review, after.Find("PH-01").Review);
        Assert.Equal((status, state), (after.Find("PH-01").Status, after.Find("PH-01").ReviewState));
        Assert.Equal(1, ReviewTotals.Of(after.Institutions).Open);
    }

    [Fact]
    public void Recording_an_outcome_touches_no_other_designation()
    {
        var after = Current.Accepted(new RecordReview("PH-01", Withdrawn()));

        Assert.Equal(
            Current.Institutions.Where(i => i.InstitutionCode != "PH-01"),
            after.Institutions.Where(i => i.InstitutionCode != "PH-01"));
    }

    [Fact]
    public void A_later_outcome_replaces_an_earlier_one()
    {
        var after = Current.Accepted(new RecordReview("MA-01", Withdrawn()));

        Assert.Equal((ReviewOutcome.Withdrawn, DesignationStatus.Withdrawn), (after.Find("MA-01").Review!.Outcome, after.Find("MA-01").Status));
        Assert.Equal(1, ReviewTotals.Of(after.Institutions).Kept);
    }

    [Fact]
    public void Replacing_designations_keeps_recorded_reviews_of_those_submitted_again()
    {
        var submitted = Current.Institutions.Select(i => i with { Review = null }).Where(i => i.InstitutionCode != "CC-01").ToList();

        var after = Current.Accepted(new ReplaceDesignations([.. submitted]));

        Assert.Equal(Current.Institutions.Length - 1, after.Institutions.Length);
        Assert.DoesNotContain(after.Institutions, i => i.InstitutionCode == "CC-01");
        Assert.Equal(Current.Find("CM-01").Review, after.Find("CM-01").Review);
        Assert.Equal(Current.Find("MU-01").Review, after.Find("MU-01").Review);
        Assert.Equal(Current.Find("MA-01").Review, after.Find("MA-01").Review);
        Assert.Equal(new ReviewTotals(Required: 6, Open: 2, Withdrawn: 2, ReplacedByClinical: 1, Kept: 1), ReviewTotals.Of(after.Institutions));
    }

    [Fact]
    public void A_review_given_in_the_submission_wins_over_the_recorded_one()
    {
        var submitted = Current.Institutions.Select(i => i.InstitutionCode == "MA-01" ? i with { Review = Kept("別の理由") } : i).ToList();

        var after = Current.Accepted(new ReplaceDesignations([.. submitted]));

        Assert.Equal("別の理由", after.Find("MA-01").Review?.Reason);
    }

    [Fact]
    public void Replacing_designations_with_a_duplicate_code_is_refused()
    {
        var error = Assert.Single(Current.Refused(new ReplaceDesignations([Designation("VN-01", InstitutionKind.VisitingNurseStation, "A1"), Designation("VN-01", InstitutionKind.Pharmacy, "A1")])));

        Assert.Equal("institutions[1].institutionCode", error.Field);
        Assert.Contains("institutions[0]", error.Message);
    }
}
