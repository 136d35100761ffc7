using static HomeCareNational.Domain.Tests.ActivitySamples;

namespace HomeCareNational.Domain.Tests.Validation;

/// <summary>Recording review outcomes against <see cref="HandMadeRegister.Register"/>.</summary>
public sealed class ReviewValidationTests
{
    private static IReadOnlyList<ValidationError> Validate(string institutionCode, DesignationReview review) =>
        RecordValidator.ValidateReview(institutionCode, review, HandMadeRegister.Register);

    [Fact]
    public void Each_outcome_is_accepted_for_an_open_designation()
    {
        Assert.Empty(Validate("VN-01", Withdrawn()));
        Assert.Empty(Validate("VN-01", ReplacedBy("3300000001")));
        Assert.Empty(Validate("VN-01", Kept()));
    }

    [Fact]
    public void A_withdrawn_designation_may_still_be_recorded_as_withdrawn_or_replaced()
    {
        Assert.Empty(Validate("HC-01", Withdrawn()));
        Assert.Empty(Validate("HC-01", ReplacedBy("3300000002")));
    }

    [Fact]
    public void An_unknown_designation_is_refused()
    {
        var error = Assert.Single(Validate("XX-99", Withdrawn()));

        Assert.Equal("institutionCode", error.Field);
        Assert.Contains("\"XX-99\"", error.Message);
        Assert.Contains("not a designation", error.Message);
    }

    [Fact]
    public void A_hospital_or_clinic_is_not_reviewed()
    {
        var error = Assert.Single(Validate("3300000003", Withdrawn()));

        Assert.Equal("institutionCode", error.Field);
        Assert.Contains("3300000003", error.Message);
        Assert.Contains("歯科診療所", error.Message);
        Assert.Contains("only non-clinical designations are reviewed", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Keeping_requires_a_reason(string? reason)
    {
        var error = Assert.Single(Validate("VN-01", Kept(reason)));

        Assert.Equal("review.reason", error.Field);
        Assert.Contains("reason is required", error.Message);
    }

    [Fact]
    public void A_withdrawn_designation_cannot_be_kept()
    {
        var error = Assert.Single(Validate("HC-01", Kept()));

        Assert.Equal("review.outcome", error.Field);
        Assert.Contains("HC-01 is withdrawn", error.Message);
        Assert.Contains("designate it again first", error.Message);
    }

    [Fact]
    public void A_reason_too_long_is_refused()
    {
        var error = Assert.Single(Validate("VN-01", Kept(new string('理', RecordValidator.MaxNoteLength + 1))));

        Assert.Equal("review.reason", error.Field);
        Assert.Contains("2001 characters", error.Message);
    }

    [Theory]
    [InlineData(null, "(null)")]
    [InlineData("3399999999", "3399999999")]
    [InlineData("3300000005", "3300000005")]
    [InlineData("PH-01", "PH-01")]
    public void The_replacement_must_be_a_hospital_or_clinic_in_force(string? replacement, string shown)
    {
        var error = Assert.Single(Validate("VN-01", new DesignationReview(ReviewOutcome.ReplacedByClinical, null, replacement, DecidedOn)));

        Assert.Equal("review.replacementInstitutionCode", error.Field);
        Assert.Contains($"\"{shown}\"", error.Message);
        Assert.Contains("must name a hospital or clinic", error.Message);
    }

    [Theory]
    [InlineData(ReviewOutcome.Withdrawn)]
    [InlineData(ReviewOutcome.Kept)]
    public void A_replacement_is_only_given_for_a_replacement(ReviewOutcome outcome)
    {
        var error = Assert.Single(Validate("VN-01", new DesignationReview(outcome, "理由", "3300000001", DecidedOn)));

        Assert.Equal("review.replacementInstitutionCode", error.Field);
        Assert.Contains("only given when the outcome is ReplacedByClinical", error.Message);
    }

    [Fact]
    public void An_undefined_outcome_is_refused()
    {
        var error = Assert.Single(Validate("VN-01", new DesignationReview((ReviewOutcome)7, null, null, DecidedOn)));

        Assert.Equal("review.outcome", error.Field);
        Assert.Contains("\"7\"", error.Message);
        Assert.Contains("ReviewOutcome", error.Message);
    }
}
