using System.Collections.Immutable;
namespace HomeCareNational.Abstractions;

/// <summary>The outcome of a submission: either accepted with the prefecture's new totals, or rejected with every problem found.</summary>
/// <param name="Totals">The prefecture's totals after the submission; null when rejected.</param>
/// <param name="Errors">Every validation problem; empty when accepted.</param>
/// <param name="Changed">False when the submission equals what was stored, so nothing was written.</param>
[GenerateSerializer, Immutable]
public sealed record SubmissionResult(
    [property: Id(0)] TotalsSnapshot? Totals,
    [property: Id(1)] ImmutableArray<ValidationError> Errors,
    [property: Id(2)] bool Changed)
{
    public bool Accepted => Errors.IsEmpty;

    public static SubmissionResult Rejected(IEnumerable<ValidationError> errors) => new(null, [.. errors], false);
}
