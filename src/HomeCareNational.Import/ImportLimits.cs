using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Import;

/// <summary>
/// How much a single import may hold. Every limit is checked before the file is parsed in full: for an .xlsx, by a
/// streaming pass over the package before ClosedXML, which holds the whole workbook in memory, loads it.
/// </summary>
public sealed record ImportLimits
{
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// A 10 MiB .xlsx of a real register unpacks to well under 100 MiB; the cap stops a zip bomb before ClosedXML
    /// unpacks it. Checked against the sizes the zip declares; ZipArchive unpacks no part past its declared size.
    /// </summary>
    public const long DefaultMaxUnpackedBytes = 200 * 1024 * 1024;

    /// <summary>Room for 20,000 data rows with as many blank rows between them, and the header.</summary>
    public const int DefaultMaxSheetRows = 50_000;

    /// <summary>The template has 12 columns; room for notes beside them, which are refused by name, not by size.</summary>
    public const int DefaultMaxSheetColumns = 64;

    /// <summary>20,001 full rows of the 12 columns and some more: ClosedXML holds about 2 KB per cell while it loads.</summary>
    public const int DefaultMaxCells = 300_000;

    /// <summary>The characters all cell text of an .xlsx (shared and inline strings) may hold together.</summary>
    public const int DefaultMaxTextChars = 16 * 1024 * 1024;

    /// <summary>Excel itself allows 64,000 cell formats per workbook.</summary>
    public const int DefaultMaxStyles = 64_000;

    public static ImportLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The most data rows (not counting the header or skipped empty rows); the most one submission may hold.</summary>
    public int MaxRows { get; init; } = RegisterValidator.MaxItemsPerSubmission;

    /// <summary>The most bytes the parts of an .xlsx package may unpack to.</summary>
    public long MaxUnpackedBytes { get; init; } = DefaultMaxUnpackedBytes;

    /// <summary>The last row number a cell, row or the sheet's declared dimension may have, blank rows included (CSV records too).</summary>
    public int MaxSheetRows { get; init; } = DefaultMaxSheetRows;

    /// <summary>The last column (1 = A) a cell or the sheet's declared dimension may have; the most fields a CSV record may have.</summary>
    public int MaxSheetColumns { get; init; } = DefaultMaxSheetColumns;

    /// <summary>The most cells (<c>c</c> elements) the worksheets of an .xlsx may hold together.</summary>
    public int MaxCells { get; init; } = DefaultMaxCells;

    /// <summary>The most characters of cell text an .xlsx may hold (its shared strings and inline strings together).</summary>
    public int MaxTextChars { get; init; } = DefaultMaxTextChars;

    /// <summary>The most style records (cell formats, fonts, fills, borders, number formats) an .xlsx may hold.</summary>
    public int MaxStyles { get; init; } = DefaultMaxStyles;
}
