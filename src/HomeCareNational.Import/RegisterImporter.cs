using HomeCareNational.Domain.Validation;
using HomeCareNational.Import.Parsing;
using HomeCareNational.Import.Reading;

namespace HomeCareNational.Import;

/// <summary>
/// Reads a prefecture's register of designated institutions from an .xlsx or .csv file, all or nothing: the result
/// holds either every institution or every error, each placed by row and column header. A bad file never throws;
/// only cancellation does. The file format is described in IMPORT-FORMAT.md next to this project.
/// </summary>
public static class RegisterImporter
{
    /// <summary>Reads an upload, stopping as soon as it passes <see cref="ImportLimits.MaxFileBytes"/>, then imports it.</summary>
    /// <param name="content">The file; read to its end (or to the limit), not disposed.</param>
    /// <param name="fileName">The file's name; its extension (.xlsx or .csv) decides how it is read.</param>
    /// <param name="prefectureCode">The prefecture whose register this is, for the domain rules.</param>
    /// <param name="fiscalYear">The fiscal year of the register, for the domain rules.</param>
    /// <param name="current">The prefecture's current register of that year (its home-care areas are checked against).</param>
    /// <param name="limits">Size and row limits; <see cref="ImportLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading; the only exception that leaves this method.</param>
    public static async Task<RegisterImportResult> ImportAsync(
        Stream content,
        string fileName,
        string prefectureCode,
        int fiscalYear,
        PrefectureRegister current,
        ImportLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ImportLimits.Default;
        byte[]? bytes;
        try
        {
            bytes = await BoundedRead.ReadAsync(content, limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return RegisterImportResult.Failure([ImportError.File(ImportMessages.Unreadable)]);
        }

        return bytes is null
            ? RegisterImportResult.Failure([ImportError.File(ImportMessages.FileTooLarge(limits.MaxFileBytes))])
            : Import(bytes, fileName, prefectureCode, fiscalYear, current, limits);
    }

    /// <summary>Imports a file already in memory. See <see cref="ImportAsync"/> for the parameters.</summary>
    public static RegisterImportResult Import(
        byte[] content, string fileName, string prefectureCode, int fiscalYear, PrefectureRegister current, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(current);
        limits ??= ImportLimits.Default;
        if (content.Length > limits.MaxFileBytes)
        {
            return RegisterImportResult.Failure([ImportError.File(ImportMessages.FileTooLarge(limits.MaxFileBytes))]);
        }

        try
        {
            var sheet = RegisterSheet.Collect(ReadRows(content, fileName, limits), limits);
            return Parse(sheet, prefectureCode, fiscalYear, current);
        }
        catch (FileRejectedException e)
        {
            return RegisterImportResult.Failure(e.Errors);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file can be broken in ways no check foresees (ClosedXML, CsvHelper); the caller still gets a result.
            return RegisterImportResult.Failure([ImportError.File(ImportMessages.Unreadable)]);
        }
    }

    private static IEnumerable<RawRow> ReadRows(byte[] content, string fileName, ImportLimits limits) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" => CsvSheetReader.Read(content, limits),
            ".XLSX" => XlsxSheetReader.Read(content, limits),
            _ => throw new FileRejectedException(ImportError.File(ImportMessages.UnsupportedFileType(fileName))),
        };

    private static RegisterImportResult Parse(RegisterSheet sheet, string prefectureCode, int fiscalYear, PrefectureRegister current)
    {
        var errors = new List<ImportError>();
        var institutions = new List<DesignatedInstitution>();
        foreach (var row in sheet.Rows)
        {
            if (InstitutionRowParser.Parse(new RowCells(row, sheet.Layout, errors)) is { } institution)
            {
                institutions.Add(institution);
            }
        }

        if (errors.Count > 0)
        {
            return RegisterImportResult.Failure(errors);
        }

        var domainErrors = RegisterValidator.ValidateInstitutions(prefectureCode, fiscalYear, institutions, current);
        return domainErrors.Count == 0
            ? RegisterImportResult.Success(institutions)
            : RegisterImportResult.Failure(DomainErrors.InFile(domainErrors, [.. sheet.Rows.Select(r => r.Number)]));
    }
}
