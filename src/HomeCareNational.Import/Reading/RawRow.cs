namespace HomeCareNational.Import.Reading;

/// <summary>A row of the file: its number as the user sees it and its cells from column A on.</summary>
internal sealed record RawRow(int Number, IReadOnlyList<RawCell> Cells)
{
    public bool IsBlank => Cells.All(c => c.IsBlank);

    /// <summary>The cell at a zero-based column index; blank past the row's last cell.</summary>
    public RawCell this[int column] => column < Cells.Count ? Cells[column] : RawCell.Blank;
}
