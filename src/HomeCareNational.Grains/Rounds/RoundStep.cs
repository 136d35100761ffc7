using System.Collections.Immutable;
using HomeCareNational.Abstractions.Rounds;

namespace HomeCareNational.Grains.Rounds;

/// <summary>What a step decided: refused with a reason, already taken (nothing to store), or the round after it.</summary>
internal sealed record RoundStep(
    ValidationError? Refusal, ReportingRound? Next, ImmutableArray<string> PrefectureCodes, string Detail, RoundRefusal Reason = RoundRefusal.InvalidInput)
{
    public static RoundStep Refuse(string field, string message, RoundRefusal reason = RoundRefusal.InvalidInput) =>
        new(new ValidationError([field], message), null, [], "", reason);

    public static RoundStep AlreadyTaken { get; } = new(null, null, [], "");

    public static RoundStep To(ReportingRound next, string detail, params string[] prefectureCodes) => new(null, next, [.. prefectureCodes], detail);
}
