using System.Diagnostics;
using System.Security.Cryptography;
using HomeCareNational.Domain.Edits;
using HomeCareNational.Application.Idempotency;
using HomeCareNational.Import;
using HomeCareNational.Import.Diff;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Application.Registers;

/// <summary>
/// Imports a prefecture's designated institutions from an .xlsx or .csv file, for the HTTP upload and the GraphQL
/// mutation alike: all or nothing, a dry run that only reports, and the client's idempotency key.
/// </summary>
public sealed class DesignationImport(IGrainFactory grains, IdempotencyGuard guard, IOptions<ImportLimits> limits, HomeCareMetrics metrics)
{
    /// <summary>The configured limits (section <see cref="ImportLimitsValidator.Section"/>).</summary>
    public ImportLimits Limits => limits.Value;

    /// <summary>Imports <paramref name="content"/>; throws <see cref="IdempotencyRefusedException"/> when the key may not run.</summary>
    public async Task<IdempotencyGuard.Outcome<ImportOutcome>> RunAsync(
        string prefectureCode, int fiscalYear, byte[] content, string fileName, bool dryRun, ChangeAttribution by, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var payload = new { fiscalYear, fileName, dryRun, content = Convert.ToHexString(SHA256.HashData(content)) };
        return await guard.RunAsync(prefectureCode, idempotencyKey, EditOperations.ImportDesignations, payload, () => ImportAsync(prefectureCode, fiscalYear, content, fileName, dryRun, by, idempotencyKey, cancellationToken));
    }

    private async Task<ImportOutcome> ImportAsync(
        string prefectureCode, int fiscalYear, byte[] content, string fileName, bool dryRun, ChangeAttribution by, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var grain = grains.GetGrain<IPrefectureGrain>(prefectureCode);
        var current = await grain.GetRegisterAsync(fiscalYear) ?? PrefectureRegister.Empty;
        using var stream = new MemoryStream(content, writable: false);
        var imported = await RegisterImporter.ImportAsync(stream, fileName, prefectureCode, fiscalYear, current, Limits, cancellationToken);
        if (!imported.Succeeded)
        {
            return Refused(ImportErrorsResponse.Of(imported.Errors), rows: 0, started);
        }

        var changes = RegisterDiff.Compute(current.Institutions, imported.Institutions);
        if (dryRun)
        {
            metrics.ImportRan(HomeCareMetricTags.DryRun, imported.Institutions.Length, Stopwatch.GetElapsedTime(started));
            return new(ImportChangesResponse.Of(changes, dryRun: true, totals: null), null);
        }

        var result = await grain.EditAsync(fiscalYear, new ReplaceDesignations(imported.Institutions, Imported: true), by, idempotencyKey);
        if (!result.Accepted)
        {
            return Refused(
                new ImportErrorsResponse(ErrorCodes.ImportRejected, [.. result.Errors.Select(e => new ImportErrorResponse(null, null, e.ToString(), e.ToString()))]),
                imported.Institutions.Length,
                started);
        }

        metrics.ImportRan(HomeCareMetricTags.Accepted, imported.Institutions.Length, Stopwatch.GetElapsedTime(started));
        metrics.ChangeAccepted(EditOperations.ImportDesignations);
        return new(ImportChangesResponse.Of(changes, dryRun: false, result.Totals), null);
    }

    private ImportOutcome Refused(ImportErrorsResponse errors, int rows, long started)
    {
        metrics.ImportRan(HomeCareMetricTags.Refused, rows, Stopwatch.GetElapsedTime(started));
        metrics.ChangeRefused(EditOperations.ImportDesignations, errors.Code);
        return new(null, errors);
    }
}
