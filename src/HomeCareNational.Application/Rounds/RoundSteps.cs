using System.Collections.Immutable;
using HomeCareNational.Abstractions.Rounds;
using HomeCareNational.Application.Idempotency;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Application.Rounds;

/// <summary>Takes one step of a fiscal year's reporting round (open, extend, close, accept, return, submit), once per idempotency key.</summary>
public sealed class RoundSteps(IdempotencyGuard guard, RoundReader reader)
{
    /// <summary>
    /// Analysts' steps share one idempotency scope of their own: their keys must not meet a prefecture's keys for the
    /// same prefecture.
    /// </summary>
    public const string MinistryScope = "ministry";

    /// <summary>Runs <paramref name="step"/>; throws <see cref="IdempotencyRefusedException"/> when the key may not run.</summary>
    /// <param name="scope">What the key is scoped to: <see cref="MinistryScope"/>, or the submitting prefecture's code.</param>
    /// <param name="fiscalYear">The round's fiscal year; VALIDATION_FAILED for one the service does not keep.</param>
    /// <param name="operation">The step's name, one of <see cref="RoundOperations"/>.</param>
    /// <param name="payload">The step's arguments, which the key is bound to.</param>
    /// <param name="by">Who takes the step, as the history records it.</param>
    /// <param name="idempotencyKey">Reads the client's key; called once the fiscal year is checked, so a request wrong in both names the year.</param>
    /// <param name="step">The step on the round's grain.</param>
    public async Task<RoundStepOutcome> RunAsync(
        string scope,
        int fiscalYear,
        string operation,
        object payload,
        ChangeAttribution by,
        Func<string?> idempotencyKey,
        Func<IReportingRoundGrain, ChangeAttribution, string?, Task<RoundStepResult>> step)
    {
        var round = reader.Grain(fiscalYear);
        var key = idempotencyKey();
        var result = (await guard.RunAsync(scope, key, operation, new { fiscalYear, payload }, () => step(round, by, key))).Result;
        return result.Accepted
            ? new(true, await reader.RoundAsync(fiscalYear), [], null)
            : new(false, null, result.Errors, result.Refusal == RoundRefusal.RoundClosed ? ErrorCodes.RoundClosed : ErrorCodes.ValidationFailed);
    }
}

/// <summary>What a round step answered: the round after it, or every problem under one code (VALIDATION_FAILED or ROUND_CLOSED).</summary>
public sealed record RoundStepOutcome(bool Accepted, RoundView? Round, ImmutableArray<ValidationError> Errors, string? ErrorCode);
