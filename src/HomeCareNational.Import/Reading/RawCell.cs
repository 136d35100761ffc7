namespace HomeCareNational.Import.Reading;

/// <summary>A cell as read from the file, before it is interpreted for its column.</summary>
/// <param name="Text">The value as text (numbers in invariant form, dates as yyyy-MM-dd); empty for a blank cell.</param>
/// <param name="Date">The date of an Excel date cell.</param>
/// <param name="Formula">The formula of an Excel formula cell, without its leading '='.</param>
/// <param name="Address">The cell's A1 address, for messages about formulas.</param>
internal sealed record RawCell(string Text, DateOnly? Date = null, string? Formula = null, string? Address = null)
{
    public static RawCell Blank { get; } = new(string.Empty);

    public bool IsBlank => Formula is null && string.IsNullOrWhiteSpace(Text);
}
