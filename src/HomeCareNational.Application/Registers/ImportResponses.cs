using System.Collections.Immutable;
using HomeCareNational.Domain.Summaries;
using HomeCareNational.Import;
using HomeCareNational.Import.Diff;

namespace HomeCareNational.Application.Registers;

/// <summary>What an import answered: what it changed, or why it was refused; exactly one of the two.</summary>
public sealed record ImportOutcome(ImportChangesResponse? Changes, ImportErrorsResponse? Rejected);

/// <summary>Why an import was refused: the error code (one of <see cref="ErrorCodes"/>) and every problem, placed by row and column header as the user sees the file.</summary>
public sealed record ImportErrorsResponse(string Code, ImmutableArray<ImportErrorResponse> Errors)
{
    /// <summary>The file's problems, under <see cref="ErrorCodes.ImportRejected"/>.</summary>
    public static ImportErrorsResponse Of(IEnumerable<ImportError> errors) => new(ErrorCodes.ImportRejected, [.. errors.Select(ImportErrorResponse.Of)]);

    /// <summary>One problem with the request, not placed in the file.</summary>
    public static ImportErrorsResponse Of(string code, string message) => new(code, [new ImportErrorResponse(null, null, message, message)]);
}

/// <summary>One problem: the file's row (header = 1) and column header when known, the message, and both as one line (<c>行 17 「種別」: …</c>).</summary>
public sealed record ImportErrorResponse(int? Row, string? Column, string Message, string Text)
{
    public static ImportErrorResponse Of(ImportError error) => new(error.Row, error.Column, error.Message, error.ToString());
}

/// <summary>What an import changed (or, in a dry run, would change), and the prefecture's totals after it when stored.</summary>
/// <param name="DryRun">True when nothing was stored.</param>
/// <param name="Added">Institutions whose code was not in the register.</param>
/// <param name="Updated">Institutions whose values changed.</param>
/// <param name="Withdrawn">Institutions left out of the file or newly marked 指定取消.</param>
/// <param name="Unchanged">How many institutions are the same.</param>
/// <param name="Totals">The prefecture's totals for the fiscal year after the import; null in a dry run.</param>
public sealed record ImportChangesResponse(
    bool DryRun,
    ChangedInstitutions Added,
    ChangedInstitutions Updated,
    ChangedInstitutions Withdrawn,
    int Unchanged,
    ImportedTotals? Totals)
{
    public static ImportChangesResponse Of(RegisterChanges changes, bool dryRun, TotalsSnapshot? totals) => new(
        dryRun,
        ChangedInstitutions.Of(changes.Added.Select(x => x.InstitutionCode)),
        ChangedInstitutions.Of(changes.Updated.Select(x => x.After.InstitutionCode)),
        ChangedInstitutions.Of(changes.Withdrawn.Select(x => x.InstitutionCode)),
        changes.Unchanged,
        totals is null ? null : ImportedTotals.Of(totals));
}

/// <summary>A count and the institution codes counted, ordered by code.</summary>
public sealed record ChangedInstitutions(int Count, ImmutableArray<string> InstitutionCodes)
{
    public static ChangedInstitutions Of(IEnumerable<string> codes)
    {
        ImmutableArray<string> list = [.. codes];
        return new(list.Length, list);
    }
}

/// <summary>The prefecture's designations in force after the import, and the version of its totals.</summary>
public sealed record ImportedTotals(int Total, int Clinical, int NonClinical, long Version)
{
    public static ImportedTotals Of(TotalsSnapshot snapshot) => new(
        snapshot.Totals.Designations.Total, snapshot.Totals.Designations.Clinical, snapshot.Totals.Designations.NonClinical, snapshot.Version);
}
