using System.Collections.Immutable;

namespace HomeCareNational.Abstractions.Rounds;

/// <summary>The outcome of a round step: the round after it, or every reason it was refused (then nothing changed).</summary>
/// <param name="Round">The round after the step; null when refused.</param>
/// <param name="Errors">Why it was refused; empty when taken.</param>
/// <param name="Changed">False when the step had already been taken, so nothing was written.</param>
/// <param name="Refusal">Why it was refused; only meaningful when <paramref name="Errors"/> is not empty.</param>
[GenerateSerializer, Immutable]
public sealed record RoundStepResult(
    [property: Id(0)] ReportingRound? Round,
    [property: Id(1)] ImmutableArray<ValidationError> Errors,
    [property: Id(2)] bool Changed,
    [property: Id(3)] RoundRefusal Refusal = RoundRefusal.InvalidInput)
{
    public bool Accepted => Errors.IsEmpty;

    public static RoundStepResult Refused(string field, string message) => new(null, [new([field], message)], false);
}
