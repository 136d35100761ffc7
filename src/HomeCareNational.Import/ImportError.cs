using System.Globalization;

namespace HomeCareNational.Import;

/// <summary>One problem with an imported file, placed where the user sees it in the spreadsheet.</summary>
/// <param name="Row">The row as numbered in the file (the header is row 1); null for a problem with the whole file.</param>
/// <param name="Column">The column's Japanese header; null when the problem is not in one named column.</param>
/// <param name="Message">What is wrong, in Japanese.</param>
public sealed record ImportError(int? Row, string? Column, string Message)
{
    /// <summary>A problem with the whole file (encoding, format, size).</summary>
    internal static ImportError File(string message) => new(null, null, message);

    /// <summary>The error as a user reads it, e.g. <c>行 17 「種別」: 「訪看」は不明な種別です</c>.</summary>
    public override string ToString() => (Row, Column) switch
    {
        ({ } row, { } column) => string.Create(CultureInfo.InvariantCulture, $"行 {row} 「{column}」: {Message}"),
        ({ } row, null) => string.Create(CultureInfo.InvariantCulture, $"行 {row}: {Message}"),
        (null, { } column) => $"「{column}」: {Message}",
        _ => Message,
    };
}
