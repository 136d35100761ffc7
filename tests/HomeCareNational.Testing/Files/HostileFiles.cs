using System.Globalization;
using System.Text;

namespace HomeCareNational.Testing.Files;

/// <summary>
/// Register files made to cost far more than they weigh, or to break the reader: far and sparse cells, huge
/// dimensions, shared-string and style floods, DTDs and entity bombs, zip bombs, broken encodings. Each with the
/// error the importer must answer, within its limits' defaults (64 columns, 50,000 rows, 300,000 cells, 16 Mi
/// characters of text, 64,000 styles, 200 MiB unpacked). The importer's tests and the hostile-input suite share it.
/// </summary>
public static class HostileFiles
{
    public const string NotXlsx = "Excel ファイル（.xlsx）として読めません: ファイルが壊れているか、別の形式のファイルです";

    public const string UnknownEncoding = "文字コードを判別できません: UTF-8 でも Shift_JIS でもありません";

    private const string Range = "は範囲外です: 読めるのは BL50000 まで（64 列・50,000 行）です";

    private const string RowRange = "は範囲外です: 読めるのは 50,000 行目までです";

    /// <summary>For a case that must parse megabytes of XML before its limit is passed; the machine is shared and noisy.</summary>
    private static readonly TimeSpan Heavy = TimeSpan.FromSeconds(6);

    private static readonly string[] Headers =
        ["医療機関コード", "名称", "種別", "市町村コード", "圏域ID", "退院支援", "日常の療養支援", "急変時の対応", "看取り", "24時間対応", "指定日", "状態"];

    private static readonly string BillionLaughs =
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + string.Concat(Enumerable.Range(1, 9).Select(n => $"<!ENTITY lol{n} \"{string.Concat(Enumerable.Repeat($"&lol{(n == 1 ? "" : n - 1)};", 10))}\">"))
        + "]>";

    public static IReadOnlyList<HostileFile> All { get; } =
    [
        // Far and sparse cells: each refused from the sheet's XML, naming the cell, before ClosedXML sees the file.
        Sheet("only cell at XFD200", () => Cell("XFD200", "x"), $"セル XFD200 {Range}"),
        Sheet("only cell at XFD1048576", () => Cell("XFD1048576", "x"), $"セル XFD1048576 {Range}", dimension: "A1"),
        Sheet("header and a cell one column past the limit", () => Header + Cell("BM2", "x", row: 2), $"セル BM2 {Range}"),
        Sheet("header and a cell one row past the limit", () => Header + Cell("A50001", "x", row: 50_001), $"行 50001 {RowRange}"),
        Sheet("a far cell in a near row", () => Header + Cell("A50001", "x", row: 2), $"セル A50001 {Range}"),
        Sheet("a row number past any sheet", () => Header + Cell("A99999999", "x", row: 99_999_999), $"行 99999999 {RowRange}"),
        Sheet("ten column letters", () => Header + Cell("AAAAAAAAAA2", "x", row: 2), $"セル AAAAAAAAAA2 {Range}"),
        Sheet("lower-case far cell", () => Header + Cell("xfd2", "x", row: 2), $"セル xfd2 {Range}"),
        Sheet("dimension to XFD1048576", () => Header, $"セル XFD1048576 {Range}", dimension: "A1:XFD1048576"),
        Sheet("dimension to L1048576", () => Header, $"セル L1048576 {Range}", dimension: "A1:L1048576"),
        Sheet("dimension to XFD1", () => Header, $"セル XFD1 {Range}", dimension: "A1:XFD1"),
        Sheet("dimension of one far cell", () => Header, $"セル XFD1048576 {Range}", dimension: "XFD1048576"),
        Sheet("dimension with dollar signs", () => Header, $"セル $XFD$1048576 {Range}", dimension: "A1:$XFD$1048576"),
        Sheet("an empty row at 1048576", () => Header + "<row r=\"1048576\"/>", $"行 1048576 {RowRange}"),
        Sheet("an empty row at 2^31", () => Header + "<row r=\"2147483648\"/>", $"行 2147483648 {RowRange}"),
        Sheet("a row number of 30 digits", () => Header + "<row r=\"999999999999999999999999999999\"/>", $"行 999999999999999999999999999999 {RowRange}"),
        Sheet("50,001 rows without numbers", () => Header + Repeat("<row/>", 50_000), $"行 50001 {RowRange}"),
        Sheet("65 cells without references", () => "<row>" + Repeat("<c/>", 65) + "</row>", $"セル BM1 {Range}"),
        Sheet("rows counted on after a numbered one", () => Header + "<row r=\"49999\"/><row/><row/>", $"行 50001 {RowRange}"),
        Sheet("row number zero", () => "<row r=\"0\"/>", NotXlsx),
        Sheet("a negative row number", () => "<row r=\"-5\"/>", NotXlsx),
        Sheet("a cell reference without a row", () => Header + Cell("B", "x", row: 2), NotXlsx),
        Sheet("a cell reference with row zero", () => Header + Cell("B0", "x", row: 2), NotXlsx),
        Sheet("a cell reference of digits only", () => Header + Cell("12", "x", row: 2), NotXlsx),
        Sheet("a cell reference with a sign", () => Header + Cell("B+2", "x", row: 2), NotXlsx),
        Sheet("300,001 cells", () => Header + string.Concat(Enumerable.Range(2, 25_000).Select(r => $"<row r=\"{r}\">{Repeat("<c/>", 12)}</row>")), "セルの数が上限の 300,000 個を超えています")
            with { Bound = Heavy },

        // Shared strings, text and styles.
        Part("shared strings declaring a billion", XlsxParts.SharedStrings, () => XlsxParts.Element("sst", "", " uniqueCount=\"1000000000\""), "共有文字列の数が上限の 300,000 個を超えています"),
        Part("shared strings declaring 2^70", XlsxParts.SharedStrings, () => XlsxParts.Element("sst", "", " uniqueCount=\"1180591620717411303424\""), "共有文字列の数が上限の 300,000 個を超えています"),
        Part("300,001 shared strings", XlsxParts.SharedStrings, () => XlsxParts.Element("sst", Repeat("<si><t/></si>", 300_001)), "共有文字列の数が上限の 300,000 個を超えています")
            with { Bound = Heavy },
        Part("shared strings of 18 million characters", XlsxParts.SharedStrings, () => XlsxParts.Element("sst", Repeat($"<si><t>{new string('あ', 300_000)}</t></si>", 60)), "文字数が合計で上限の 16,777,216 文字を超えています")
            with { Bound = Heavy },
        Part("one shared string of 2 MiB", XlsxParts.SharedStrings, () => XlsxParts.Element("sst", $"<si><t>{new string('a', 2 * 1024 * 1024)}</t></si>"), TooLong(XlsxParts.SharedStrings)),
        Sheet("an attribute of 2 MiB", () => Header.Replace("<row r=\"1\">", $"<row r=\"1\" x=\"{new string('a', 2 * 1024 * 1024)}\">", StringComparison.Ordinal), TooLong(XlsxParts.Sheet)),
        Sheet("a cell value of 2 MiB", () => Header + $"<row r=\"2\"><c r=\"B2\"><v>{new string('9', 2 * 1024 * 1024)}</v></c></row>", TooLong(XlsxParts.Sheet)),
        Sheet("a formula of 2 MiB", () => Header + $"<row r=\"2\"><c r=\"B2\"><f>{new string('A', 2 * 1024 * 1024)}</f></c></row>", TooLong(XlsxParts.Sheet)),
        Part("64,001 cell formats", XlsxParts.Styles, () => XlsxParts.Element("styleSheet", $"<cellXfs>{Repeat("<xf/>", 64_001)}</cellXfs>"), "書式の数が上限の 64,000 個を超えています"),
        Part("64,001 fonts", XlsxParts.Styles, () => XlsxParts.Element("styleSheet", $"<fonts>{Repeat("<font/>", 64_001)}</fonts>"), "書式の数が上限の 64,000 個を超えています"),
        Part("64,001 number formats", XlsxParts.Styles, () => XlsxParts.Element("styleSheet", $"<numFmts>{Repeat("<numFmt numFmtId=\"200\" formatCode=\"0\"/>", 64_001)}</numFmts>"), "書式の数が上限の 64,000 個を超えています"),
        Part("2,400,001 elements in a part ClosedXML would load", "xl/theme/theme1.xml", () => XlsxParts.Element("theme", Repeat("<a/>", 2_400_001)), "XML の要素の数が上限の 2,400,000 個を超えています")
            with { Bound = Heavy },

        // XML that attacks the parser: DTDs (billion laughs, external entities), depth, encodings, breakage.
        Part("billion laughs in the sheet", XlsxParts.Sheet, () => Xml(BillionLaughs + "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"), Dtd(XlsxParts.Sheet)),
        Part("billion laughs in the shared strings", XlsxParts.SharedStrings, () => Xml(BillionLaughs + "<sst><si><t>&lol9;</t></si></sst>"), Dtd(XlsxParts.SharedStrings)),
        Part("billion laughs in the content types", XlsxParts.ContentTypes, () => Xml(BillionLaughs + "<Types>&lol9;</Types>"), Dtd(XlsxParts.ContentTypes)),
        Part("billion laughs in the workbook", "xl/workbook.xml", () => Xml(BillionLaughs + "<workbook>&lol9;</workbook>"), Dtd("xl/workbook.xml")),
        Part("quadratic blowup", XlsxParts.Sheet, () => Xml($"<!DOCTYPE w [<!ENTITY a \"{new string('a', 50_000)}\">]><worksheet>{Repeat("&a;", 50_000)}</worksheet>"), Dtd(XlsxParts.Sheet)),
        Part("an external entity (XXE)", XlsxParts.Sheet, () => Xml("<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet>&x;</worksheet>"), Dtd(XlsxParts.Sheet)),
        Part("an external DTD", XlsxParts.Sheet, () => Xml("<!DOCTYPE worksheet SYSTEM \"http://127.0.0.1:1/evil.dtd\"><worksheet/>"), Dtd(XlsxParts.Sheet)),
        Part("a parameter entity", XlsxParts.Sheet, () => Xml("<!DOCTYPE w [<!ENTITY % p \"<!ENTITY q 'x'>\"> %p;]><worksheet/>"), Dtd(XlsxParts.Sheet)),
        Part("an undeclared entity", XlsxParts.Sheet, () => Xml("<worksheet>&lol9;</worksheet>"), NotXlsx),
        Part("10,000 nested elements", XlsxParts.Sheet, () => Xml(Repeat("<a>", 10_000) + Repeat("</a>", 10_000)), Broken(XlsxParts.Sheet, "入れ子が深すぎます")),
        Part("the sheet in UTF-16 with a BOM", XlsxParts.Sheet, () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<worksheet/>")], Broken(XlsxParts.Sheet, "文字コードが UTF-8 ではありません")),
        Part("the sheet in UTF-16 without a BOM", XlsxParts.Sheet, () => Encoding.Unicode.GetBytes("<worksheet/>"), Broken(XlsxParts.Sheet, "文字コードが UTF-8 ではありません")),
        Part("the sheet in UTF-16BE without a BOM", XlsxParts.Sheet, () => Encoding.BigEndianUnicode.GetBytes("<worksheet/>"), Broken(XlsxParts.Sheet, "文字コードが UTF-8 ではありません")),
        Part("invalid UTF-8 in the sheet", XlsxParts.Sheet, () => [.. "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>"u8, 0xC0, 0xAF, 0xFF, .. "</t></is></c></row></sheetData></worksheet>"u8], NotXlsx),
        Part("an unclosed sheet", XlsxParts.Sheet, () => Xml("<worksheet><sheetData><row>"), NotXlsx),
        Part("two root elements", XlsxParts.Sheet, () => Xml("<worksheet/><worksheet/>"), NotXlsx),

        // Zip packages: bombs that tell the truth about their size and bombs that lie, and broken archives.
        Zip("a part declaring 300 MiB", new Dictionary<string, uint> { [XlsxParts.Sheet] = 300u * 1024 * 1024 }, "展開後のサイズが上限の 209,715,200 バイトを超えています"),
        Zip("three parts declaring 100 MiB each", new Dictionary<string, uint>
            { [XlsxParts.Sheet] = 100u * 1024 * 1024, [XlsxParts.Styles] = 100u * 1024 * 1024, [XlsxParts.SharedStrings] = 100u * 1024 * 1024 }, "展開後のサイズが上限の 209,715,200 バイトを超えています"),
        // ZipArchive ends a part's stream at the size its headers declare: a part that lies unpacks no further than it claims.
        Bomb("a 64 MiB sheet declaring 1 KiB", "xl/worksheets/sheet2.xml", 64 * 1024 * 1024, declared: 1024),
        new("10,001 parts", "register.xlsx", () => XlsxParts.Zip(new Dictionary<string, byte[]>(
            XlsxParts.Workbook(Header).Concat(Enumerable.Range(1, 10_001).Select(n => KeyValuePair.Create($"xl/p{n}.bin", Array.Empty<byte>()))))), NotXlsx),
        new("a zip without a workbook", "register.xlsx", () => XlsxParts.Zip(new Dictionary<string, byte[]> { [XlsxParts.Sheet] = Xml("<worksheet/>") }), NotXlsx),
        new("an empty file named .xlsx", "register.xlsx", () => [], NotXlsx),
        new("half of a package", "register.xlsx", () => { var whole = XlsxParts.Zip(XlsxParts.Workbook(Header)); return whole[..(whole.Length / 2)]; }, NotXlsx),
        new("a zip's end record alone", "register.xlsx", () => [0x50, 0x4B, 0x05, 0x06, .. new byte[18]], NotXlsx),
        new("CSV text named .xlsx", "register.xlsx", () => Encoding.UTF8.GetBytes(string.Join(',', Headers) + "\r\n"), NotXlsx),

        // CSV: record and field limits, and encodings that are neither UTF-8 nor Shift_JIS.
        Csv("a header of 65 fields", () => string.Join(',', Headers) + new string(',', 53) + "\r\n", "行 1: 列が上限の 64 列を超えています（65 列）"),
        Csv("a line of a million fields", () => string.Join(',', Headers) + "\r\n" + new string(',', 999_999) + "\r\n", "行 2: 列が上限の 64 列を超えています（1,000,000 列）"),
        Csv("a header and 50,000 empty lines", () => string.Join(',', Headers) + Repeat("\r\n", 50_001), $"行 50001 {RowRange}"),
        Csv("50,001 lines ended by CR alone", () => string.Join(',', Headers) + Repeat("\r", 50_001), $"行 50001 {RowRange}"),
        Csv("a field of 32,768 characters", () => string.Join(',', Headers) + "\r\n33,"+ new string('名', 32_768) + "\r\n", "行 2: セル B2 の文字数が上限の 32,767 文字を超えています"),
        Csv("a line of 9 MiB in one field", () => string.Join(',', Headers) + "\r\n" + new string('x', 9 * 1024 * 1024) + "\r\n", "行 2: セル A2 の文字数が上限の 32,767 文字を超えています"),
        Csv("a quote never closed", () => string.Join(',', Headers) + "\r\n\"" + Repeat("33,名称\r\n", 10_000), "行 2: セル A2 の文字数が上限の 32,767 文字を超えています"),
        Bytes("UTF-16LE without a BOM", () => Encoding.Unicode.GetBytes(string.Join(',', Headers) + "\r\n"), UnknownEncoding),
        Bytes("UTF-16BE without a BOM", () => Encoding.BigEndianUnicode.GetBytes(string.Join(',', Headers) + "\r\n"), UnknownEncoding),
        Bytes("UTF-16BE with a BOM", () => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(string.Join(',', Headers))], UnknownEncoding),
        Bytes("UTF-32 with a BOM", () => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(string.Join(',', Headers))], UnknownEncoding),
        Bytes("invalid UTF-8 after a UTF-8 BOM", () => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(',', Headers)), 0xFF, 0xFE], UnknownEncoding),
        Bytes("bytes valid in neither encoding", () => [.. Encoding.UTF8.GetBytes(string.Join(',', Headers)), 0xFF, 0xFF], UnknownEncoding),
        Bytes("Shift_JIS cut inside a character", () => [.. ShiftJis(string.Join(',', Headers) + "\r\n"), 0x82], UnknownEncoding),
        Bytes("Shift_JIS with a bad trail byte", () => [.. ShiftJis(string.Join(',', Headers) + "\r\n"), 0x82, 0x20], UnknownEncoding),
        Bytes("a NUL in UTF-8 text", () => Encoding.UTF8.GetBytes(string.Join(',', Headers) + "\0\r\n"), UnknownEncoding),
        Bytes("a PNG named .csv", () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], UnknownEncoding),
        new("an .xlsx named .csv", "register.csv", () => XlsxParts.Zip(XlsxParts.Workbook(Header)), UnknownEncoding),
    ];

    /// <summary>Row 1 with the template's headers as inline strings.</summary>
    private static string Header =>
        "<row r=\"1\">" + string.Concat(Headers.Select((h, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{h}</t></is></c>")) + "</row>";

    private static string Cell(string reference, string text, int row = 1) =>
        string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row}\"><c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c></row>");

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte[] Xml(string text) => Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + text);

    private static byte[] ShiftJis(string text) => CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes(text);

    private static string Dtd(string part) => $"Excel ファイル（.xlsx）として読めません: 部品 {part} に DTD（文書型宣言）があります。Excel が保存したファイルにはありません";

    private static string Broken(string part, string problem) => $"Excel ファイル（.xlsx）として読めません: 部品 {part} の{problem}";

    private static string TooLong(string part) => Broken(part, "タグや文字列が長すぎます");

    private static HostileFile Sheet(string name, Func<string> sheetData, string error, string dimension = "A1:L1") =>
        new(name, "register.xlsx", () => XlsxParts.Zip(XlsxParts.Workbook(sheetData(), dimension)), error);

    private static HostileFile Part(string name, string part, Func<byte[]> content, string error) =>
        new(name, "register.xlsx", () =>
        {
            var parts = XlsxParts.Workbook(Header);
            parts[part] = content();
            return XlsxParts.Zip(parts);
        }, error);

    private static HostileFile Zip(string name, Dictionary<string, uint> declaredSizes, string error) =>
        new(name, "register.xlsx", () => XlsxParts.Zip(XlsxParts.Workbook(Header), declaredSizes), error);

    /// <summary>An XML part of <paramref name="size"/> bytes whose zip headers claim <paramref name="declared"/>: cut there, it is no XML.</summary>
    private static HostileFile Bomb(string name, string part, int size, uint declared) =>
        new(name, "register.xlsx", () =>
        {
            var parts = XlsxParts.Workbook(Header);
            var content = new byte[size];
            Array.Fill(content, (byte)' ');
            "<a>"u8.CopyTo(content);
            parts[part] = content;
            return XlsxParts.Zip(parts, new Dictionary<string, uint> { [part] = declared });
        }, NotXlsx);

    private static HostileFile Csv(string name, Func<string> text, string error) => Bytes(name, () => Encoding.UTF8.GetBytes(text()), error);

    private static HostileFile Bytes(string name, Func<byte[]> content, string error) => new(name, "register.csv", content, error);
}
