namespace HomeCareNational.Import.Reading;

/// <summary>
/// An A1-style cell reference as a sheet's XML writes it (<c>XFD1048576</c>), read without trusting its size: a
/// column or row past what any sheet can have reads as <see cref="int.MaxValue"/>, so it fails every limit.
/// </summary>
internal readonly record struct CellReference(int Column, int Row)
{
    private const int MaxColumnLetters = 3;

    private const int MaxRowDigits = 7;

    /// <summary>Reads <c>XFD1048576</c> or <c>$A$1</c>; false for anything else (a row or column alone, a bad character).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CellReference reference)
    {
        reference = default;
        var i = text.StartsWith('$') ? 1 : 0;
        long column = 0;
        var letters = 0;
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++, letters++)
        {
            column = letters < MaxColumnLetters ? (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1) : int.MaxValue;
        }

        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        var digits = text[i..];
        if (letters == 0 || digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9') || digits[0] == '0')
        {
            return false;
        }

        var row = digits.Length <= MaxRowDigits ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
        reference = new CellReference((int)column, row);
        return true;
    }

    /// <summary>The A1 form, e.g. <c>BM1</c>; only for a reference within Excel's own limits.</summary>
    public override string ToString() =>
        ClosedXML.Excel.XLHelper.GetColumnLetterFromNumber(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
