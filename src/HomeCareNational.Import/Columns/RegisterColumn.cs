namespace HomeCareNational.Import.Columns;

/// <summary>One column of a register file: its Japanese header and what the template says about it.</summary>
/// <param name="Header">The header in row 1, exactly as the template writes it.</param>
/// <param name="Field">
/// The record field the column fills. It is also the key of the validator's errors about that field, so that they are
/// shown under this header when the field has no other column (the four function columns share one field).
/// </param>
/// <param name="Required">Whether every data row must give a value.</param>
/// <param name="Explanation">What to enter, shown on the template's guide sheet.</param>
/// <param name="Example">An example value, shown on the guide sheet.</param>
/// <param name="Width">Column width in the template, in Excel's character units.</param>
/// <param name="Choices">The values the template's drop-down list offers; empty for free input.</param>
public sealed record RegisterColumn(
    string Header,
    RecordField Field,
    bool Required,
    string Explanation,
    string Example,
    double Width,
    ImmutableArray<string> Choices);
