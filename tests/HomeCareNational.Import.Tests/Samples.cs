using HomeCareNational.Import.Columns;

namespace HomeCareNational.Import.Tests;

/// <summary>Rows of a valid Okayama (33) register for FY2024, to be broken one cell at a time, and the import call.</summary>
internal static class Samples
{
    public const string Prefecture = "33";

    public const int FiscalYear = 2024;

    /// <summary>Written out, not taken from <see cref="RegisterColumns"/>, so that the tests pin the headers down.</summary>
    public static string[] Header =>
        ["医療機関コード", "名称", "種別", "市町村コード", "圏域ID", "退院支援", "日常の療養支援", "急変時の対応", "看取り", "24時間対応", "指定日", "状態"];

    /// <summary>The register the file is checked against: areas A1 to A4.</summary>
    public static PrefectureRegister Current { get; } = new(
        [.. Enumerable.Range(1, 4).Select(n => RegisterRecords.Area($"A{n}", $"（テスト）第{n}圏域", ["33101"]))],
        [],
        []);

    public static string Code(int n) => $"33{n:D8}";

    public static string[] Row(int n) =>
        [Code(n), $"（テスト）在宅クリニック{n}", "在宅療養支援診療所", "33101", "A1", "○", "○", "○", "○", "○", "2024-04-01", "指定中"];

    /// <summary>What <see cref="Row"/> reads as.</summary>
    public static DesignatedInstitution Institution(int n) =>
        RegisterRecords.Institution(Code(n), $"（テスト）在宅クリニック{n}", "33101", new DateOnly(2024, 4, 1));

    /// <summary>The header and rows 1 to <paramref name="count"/>.</summary>
    public static List<string[]> Rows(int count) => [Header, .. Enumerable.Range(1, count).Select(Row)];

    /// <summary>A copy of <paramref name="row"/> with the cell under <paramref name="header"/> set.</summary>
    public static string[] With(this string[] row, string header, string value)
    {
        var copy = (string[])row.Clone();
        copy[Array.IndexOf(Header, header)] = value;
        return copy;
    }

    public static RegisterImportResult Import(byte[] content, string fileName, ImportLimits? limits = null) =>
        RegisterImporter.Import(content, fileName, Prefecture, FiscalYear, Current, limits);

    public static RegisterImportResult ImportCsv(IEnumerable<IReadOnlyList<string>> rows) => Import(CsvFile.Utf8(rows), "register.csv");

    public static RegisterImportResult ImportXlsx(IEnumerable<IReadOnlyList<string>> rows) => Import(XlsxFile.From(rows), "register.xlsx");

    /// <summary>The errors as the user reads them.</summary>
    public static string[] Messages(this RegisterImportResult result) => [.. result.Errors.Select(e => e.ToString())];
}
