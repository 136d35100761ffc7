using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HomeCareNational.Testing.Files;

/// <summary>
/// A minimal .xlsx package written part by part (what ClosedXML needs to open it), so that a test can put any
/// XML into any part, or lie in the zip's directory about a part's size.
/// </summary>
public static class XlsxParts
{
    public const string Sheet = "xl/worksheets/sheet1.xml";

    public const string SharedStrings = "xl/sharedStrings.xml";

    public const string Styles = "xl/styles.xml";

    public const string ContentTypes = "[Content_Types].xml";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The parts of a one-sheet workbook whose sheet holds <paramref name="sheetData"/> and declares <paramref name="dimension"/>.</summary>
    public static Dictionary<string, byte[]> Workbook(string sheetData, string dimension = "A1")
    {
        static byte[] Xml(string body) => Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + body);
        return new(StringComparer.Ordinal)
        {
            [ContentTypes] = Xml(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>"),
            ["_rels/.rels"] = Xml(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ["xl/workbook.xml"] = Xml(
                $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"指定医療機関\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ["xl/_rels/workbook.xml.rels"] = Xml(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + $"<Relationship Id=\"rId2\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + $"<Relationship Id=\"rId3\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/></Relationships>"),
            [Sheet] = Xml($"<worksheet xmlns=\"{Main}\"><dimension ref=\"{dimension}\"/><sheetData>{sheetData}</sheetData></worksheet>"),
            [SharedStrings] = Xml($"<sst xmlns=\"{Main}\" count=\"0\" uniqueCount=\"0\"/>"),
            [Styles] = Xml(
                $"<styleSheet xmlns=\"{Main}\"><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"1\"><xf/></cellXfs></styleSheet>"),
        };
    }

    /// <summary>An XML part in the spreadsheet namespace: <c>&lt;root xmlns=…&gt;inner&lt;/root&gt;</c>, in UTF-8.</summary>
    public static byte[] Element(string root, string inner, string attributes = "") =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{root} xmlns=\"{Main}\"{attributes}>{inner}</{root}>");

    /// <summary>The parts zipped; each part named in <paramref name="declaredSizes"/> claims that uncompressed size in the zip's headers.</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> parts, IReadOnlyDictionary<string, uint>? declaredSizes = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        var bytes = stream.ToArray();
        foreach (var (name, size) in declaredSizes ?? new Dictionary<string, uint>())
        {
            Declare(bytes, name, size);
        }

        return bytes;
    }

    /// <summary>Rewrites the uncompressed size of <paramref name="name"/> in its local header and its central directory record.</summary>
    private static void Declare(byte[] zip, string name, uint size)
    {
        var encodedName = Encoding.UTF8.GetBytes(name);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            var (sizeOffset, nameOffset) = signature switch
            {
                0x04034b50 => (22, 30),
                0x02014b50 => (24, 46),
                _ => (-1, -1),
            };
            var nameLength = sizeOffset < 0 ? 0 : BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + nameOffset - (signature == 0x04034b50 ? 4 : 18)));
            if (sizeOffset >= 0 && nameLength == encodedName.Length && zip.AsSpan(i + nameOffset, nameLength).SequenceEqual(encodedName))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + sizeOffset), size);
                patched++;
            }
        }

        if (patched != 2)
        {
            throw new InvalidOperationException($"Found {patched} headers of {name}, not 2.");
        }
    }
}
