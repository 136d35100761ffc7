using ClosedXML.Excel;

namespace HomeCareNational.Import.Reading;

/// <summary>
/// What the parts of one .xlsx package hold so far, counted while they stream past; throws
/// <see cref="FileRejectedException"/> the moment a count passes its limit, so no bad package is read to its end.
/// </summary>
internal sealed class PackageTally(ImportLimits limits)
{
    /// <summary>A cell is a <c>c</c> element with a <c>v</c>, <c>f</c> or <c>is</c>/<c>t</c> inside; shared strings, rows and styles are fewer still.</summary>
    private const int ElementsPerCell = 8;

    private int _cells;
    private int _sharedStrings;
    private long _textChars;
    private int _styles;
    private long _elements;

    public void AddElement()
    {
        var maxElements = (long)limits.MaxCells * ElementsPerCell;
        if (++_elements > maxElements)
        {
            throw Rejected(ImportMessages.TooManyElements(maxElements));
        }
    }

    public void AddCell()
    {
        if (++_cells > limits.MaxCells)
        {
            throw Rejected(ImportMessages.TooManyCells(limits.MaxCells));
        }
    }

    /// <summary>A string of the shared-string table; there is no use for more of them than cells.</summary>
    public void AddSharedString() => CheckSharedStrings(++_sharedStrings);

    /// <summary>The table's own count (<c>uniqueCount</c>), checked before its strings are read.</summary>
    public void CheckSharedStrings(long declared)
    {
        if (declared > limits.MaxCells)
        {
            throw Rejected(ImportMessages.TooManySharedStrings(limits.MaxCells));
        }
    }

    public void AddText(int chars)
    {
        if ((_textChars += chars) > limits.MaxTextChars)
        {
            throw Rejected(ImportMessages.TooMuchText(limits.MaxTextChars));
        }
    }

    public void AddStyle()
    {
        if (++_styles > limits.MaxStyles)
        {
            throw Rejected(ImportMessages.TooManyStyles(limits.MaxStyles));
        }
    }

    /// <summary>Refuses a cell, or the corner of a declared dimension, past the last row or column; <paramref name="text"/> names it.</summary>
    public void CheckInRange(CellReference cell, string text)
    {
        if (cell.Column > limits.MaxSheetColumns || cell.Row > limits.MaxSheetRows)
        {
            var lastCell = XLHelper.GetColumnLetterFromNumber(limits.MaxSheetColumns) + limits.MaxSheetRows.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw Rejected(ImportMessages.OutOfRange(text, lastCell, limits.MaxSheetColumns, limits.MaxSheetRows));
        }
    }

    /// <summary>Refuses a row past the last one; <paramref name="text"/> is its number as written, when it was.</summary>
    public void CheckRowInRange(long row, string? text)
    {
        if (row > limits.MaxSheetRows)
        {
            throw Rejected(ImportMessages.RowOutOfRange(text ?? row.ToString(System.Globalization.CultureInfo.InvariantCulture), limits.MaxSheetRows));
        }
    }

    private static FileRejectedException Rejected(string message) => new(ImportError.File(message));
}
