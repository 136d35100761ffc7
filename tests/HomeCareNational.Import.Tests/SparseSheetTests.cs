using System.Diagnostics;
using HomeCareNational.Testing.Files;

namespace HomeCareNational.Import.Tests;

/// <summary>A sheet within the limits but spread thin is read from the cells it holds: quickly, and with the rows numbered as in the file.</summary>
public sealed class SparseSheetTests
{
    [Fact]
    public void A_row_far_below_the_header_and_a_declared_dimension_at_the_limit_read_as_one_institution_at_its_row()
    {
        var file = XlsxParts.Zip(XlsxParts.Workbook(Row(1, Samples.Header) + Row(49_999, Samples.Row(1)), "A1:BL50000"));

        var clock = Stopwatch.StartNew();
        var result = Samples.Import(file, "register.xlsx");

        Assert.Equal<DesignatedInstitution>([Samples.Institution(1)], result.Institutions);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void An_error_in_a_far_row_names_that_row()
    {
        var file = XlsxParts.Zip(XlsxParts.Workbook(Row(1, Samples.Header) + Row(40_000, Samples.Row(1).With("種別", "訪看")), "A1:L40000"));

        var result = Samples.Import(file, "register.xlsx");

        Assert.Equal(["行 40000 「種別」: 「訪看」は不明な種別です"], result.Messages());
    }

    /// <summary>Row <paramref name="number"/> of the sheet's XML, its values as inline strings from column A on.</summary>
    private static string Row(int number, string[] values) =>
        FormattableString.Invariant($"<row r=\"{number}\">")
        + string.Concat(values.Select((text, i) => FormattableString.Invariant($"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{text}</t></is></c>")))
        + "</row>";
}
