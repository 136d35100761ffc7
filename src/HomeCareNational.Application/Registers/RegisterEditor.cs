using System.Collections.Immutable;
using HomeCareNational.Application.Idempotency;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Application.Registers;

/// <summary>
/// Changes a prefecture's register of a fiscal year, once per idempotency key: one <see cref="RegisterEdit"/>, or
/// opening the year from the previous one. Records the change metrics under the operation's name.
/// </summary>
public sealed class RegisterEditor(IGrainFactory grains, IdempotencyGuard guard, RegionGrouping grouping, HomeCareMetrics metrics)
{
    /// <summary>Applies <paramref name="edit"/>; throws <see cref="IdempotencyRefusedException"/> when the key may not run.</summary>
    /// <param name="prefecture">The prefecture whose register changes.</param>
    /// <param name="fiscalYear">The register's fiscal year; VALIDATION_FAILED for one the service does not keep.</param>
    /// <param name="edit">The change.</param>
    /// <param name="by">Who makes it, as the history records it.</param>
    /// <param name="idempotencyKey">Reads the client's key; called once the fiscal year is checked, so a request wrong in both names the year.</param>
    public Task<RegisterChangeOutcome> EditAsync(Prefecture prefecture, int fiscalYear, RegisterEdit edit, ChangeAttribution by, Func<string?> idempotencyKey) =>
        ChangeAsync(prefecture, fiscalYear, edit.Operation, edit, by, idempotencyKey, (grain, key) => grain.EditAsync(fiscalYear, edit, by, key));

    /// <summary>Opens the fiscal year from the previous year's register (<see cref="EditOperations.OpenFiscalYear"/>).</summary>
    /// <param name="prefecture">The prefecture whose register changes.</param>
    /// <param name="fiscalYear">The register's fiscal year; VALIDATION_FAILED for one the service does not keep.</param>
    /// <param name="by">Who opens it, as the history records it.</param>
    /// <param name="idempotencyKey">Reads the client's key; called once the fiscal year is checked.</param>
    public Task<RegisterChangeOutcome> OpenFiscalYearAsync(Prefecture prefecture, int fiscalYear, ChangeAttribution by, Func<string?> idempotencyKey) =>
        ChangeAsync(prefecture, fiscalYear, EditOperations.OpenFiscalYear, new { }, by, idempotencyKey, (grain, key) => grain.OpenFiscalYearAsync(fiscalYear, by, key));

    private async Task<RegisterChangeOutcome> ChangeAsync(
        Prefecture prefecture,
        int fiscalYear,
        string operation,
        object payload,
        ChangeAttribution by,
        Func<string?> idempotencyKey,
        Func<IPrefectureGrain, string?, Task<SubmissionResult>> change)
    {
        if (RegisterValidator.ValidateFiscalYear(fiscalYear) is { } yearError)
        {
            metrics.ChangeRefused(operation, ErrorCodes.ValidationFailed);
            return RegisterChangeOutcome.Refused([yearError]);
        }

        var key = idempotencyKey();
        var grain = grains.GetGrain<IPrefectureGrain>(prefecture.Code);
        SubmissionResult result;
        try
        {
            result = (await guard.RunAsync(prefecture.Code, key, operation, new { fiscalYear, payload }, () => change(grain, key))).Result;
        }
        catch (IdempotencyRefusedException refused)
        {
            metrics.ChangeRefused(operation, refused.Code);
            throw;
        }

        if (!result.Accepted)
        {
            metrics.ChangeRefused(operation, ErrorCodes.ValidationFailed);
            return RegisterChangeOutcome.Refused(result.Errors);
        }

        metrics.ChangeAccepted(operation);
        return new(new PrefectureView(prefecture, grouping.RegionOf(prefecture.Code), fiscalYear, result.Totals), []);
    }
}

/// <summary>What a register change answered: the prefecture with its new totals, or every problem (VALIDATION_FAILED) and nothing changed.</summary>
public sealed record RegisterChangeOutcome(PrefectureView? Prefecture, ImmutableArray<ValidationError> Errors)
{
    public static RegisterChangeOutcome Refused(IEnumerable<ValidationError> errors) => new(null, [.. errors]);
}
