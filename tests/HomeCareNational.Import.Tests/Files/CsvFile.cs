using System.Text;

namespace HomeCareNational.Import.Tests.Files;

/// <summary>CSV bytes as Excel writes them: comma-separated, CRLF, fields quoted only when they must be.</summary>
internal static class CsvFile
{
    public static Encoding ShiftJis { get; } = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    public static byte[] Utf8(IEnumerable<IReadOnlyList<string>> rows, bool withBom = false) =>
        [.. withBom ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(Text(rows))];

    public static byte[] InShiftJis(IEnumerable<IReadOnlyList<string>> rows) => ShiftJis.GetBytes(Text(rows));

    public static string Text(IEnumerable<IReadOnlyList<string>> rows) =>
        string.Concat(rows.Select(row => string.Join(',', row.Select(Field)) + "\r\n"));

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
