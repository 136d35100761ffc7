using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;

namespace HomeCareNational.Domain.Summaries;

/// <summary>Progress of the review of non-clinical designations (非医療機関の指定の見直し).</summary>
/// <param name="Required">Non-clinical designations in the register, whatever their state: every one needs a review.</param>
/// <param name="Open">Of which in force with no outcome recorded.</param>
/// <param name="Withdrawn">Of which withdrawn.</param>
/// <param name="ReplacedByClinical">Of which replaced by a hospital or clinic.</param>
/// <param name="Kept">Of which kept, with a reason.</param>
[GenerateSerializer, Immutable]
public sealed record ReviewTotals(
    [property: Id(0)] int Required,
    [property: Id(1)] int Open,
    [property: Id(2)] int Withdrawn,
    [property: Id(3)] int ReplacedByClinical,
    [property: Id(4)] int Kept)
{
    public static ReviewTotals Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Share of the required reviews that have an outcome, 1 when none is required.</summary>
    public double CompletedShare => Required == 0 ? 1 : (double)(Required - Open) / Required;

    public static ReviewTotals Of(IEnumerable<DesignatedInstitution> institutions)
    {
        var states = institutions.Select(i => i.ReviewState).Where(s => s != ReviewState.NotRequired).CountBy(s => s).ToDictionary();
        return new(
            states.Values.Sum(),
            states.GetValueOrDefault(ReviewState.Open),
            states.GetValueOrDefault(ReviewState.Withdrawn),
            states.GetValueOrDefault(ReviewState.ReplacedByClinical),
            states.GetValueOrDefault(ReviewState.Kept));
    }

    public static ReviewTotals Sum(IEnumerable<ReviewTotals> parts) =>
        parts.Aggregate(Empty, (sum, p) => new(
            sum.Required + p.Required, sum.Open + p.Open, sum.Withdrawn + p.Withdrawn, sum.ReplacedByClinical + p.ReplacedByClinical, sum.Kept + p.Kept));
}
