using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace HomeCareNational.Import.Reading;

/// <summary>
/// Streams one part of an .xlsx package before ClosedXML loads it, holding one tag at a time: refuses a DTD (so no
/// entity is ever expanded), deep nesting, text that is not UTF-8, and cells, rows or a declared dimension past the
/// sheet's limits, naming the cell; counts cells, shared strings, styles, elements and text into the package's tally.
/// A part that is not XML (an image, a printer setting) is left alone: ZipArchive ends a part's stream at the size
/// its headers declare, and those are checked against the limit before any part is read.
/// </summary>
internal static class XlsxPartScanner
{
    /// <summary>Excel's own parts nest less than 20 deep; ClosedXML's loader recurses, so a deeper part could exhaust its stack.</summary>
    private const int MaxDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        // A DTD is parsed only to be seen and refused; its entities are never expanded, and none may come from outside.
        DtdProcessing = DtdProcessing.Parse,
        MaxCharactersFromEntities = 1024,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    private static readonly FrozenSet<string> StyleRecords =
        FrozenSet.Create(StringComparer.Ordinal, "xf", "font", "fill", "border", "numFmt", "dxf", "cellStyle");

    public static void Scan(ZipArchiveEntry entry, PackageTally tally)
    {
        if (IsXml(entry))
        {
            using var stream = new TagBoundedStream(entry.Open(), entry.FullName);
            ScanXml(stream, entry.FullName, tally);
        }
    }

    /// <summary>Whether the part starts as XML does (after a UTF-8 BOM and white space); throws for XML in UTF-16, which Excel never writes.</summary>
    private static bool IsXml(ZipArchiveEntry entry)
    {
        Span<byte> start = stackalloc byte[64];
        int length;
        using (var peek = entry.Open())
        {
            length = peek.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }

        var head = start[..length];
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, (byte)'<']) || head.StartsWith((ReadOnlySpan<byte>)[(byte)'<', 0x00]))
        {
            throw Broken(entry.FullName, ImportMessages.NotUtf8);
        }

        head = head.TrimStart(" \t\r\n"u8);
        return !head.IsEmpty && head[0] == (byte)'<';
    }

    private static void ScanXml(Stream stream, string part, PackageTally tally)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var position = new SheetPosition();
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                throw Broken(part, ImportMessages.TooDeep);
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.DocumentType:
                    throw new FileRejectedException(ImportError.File(ImportMessages.Dtd(part)));
                case XmlNodeType.Element:
                    tally.AddElement();
                    Count(reader, tally, position);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    tally.AddText(reader.Value.Length);
                    break;
            }
        }
    }

    private static void Count(XmlReader element, PackageTally tally, SheetPosition position)
    {
        switch (element.LocalName)
        {
            case "dimension":
                foreach (var corner in (element.GetAttribute("ref") ?? string.Empty).Split(':'))
                {
                    tally.CheckInRange(Reference(corner), corner);
                }

                break;
            case "row":
                var row = element.GetAttribute("r");
                position.Row = row is null ? position.Row + 1 : Number(row, allowZero: false);
                position.Column = 0;
                tally.CheckRowInRange(position.Row, row);
                break;
            case "c":
                tally.AddCell();
                var cell = element.GetAttribute("r") is { } address ? Reference(address) : new CellReference(position.Column + 1, (int)Math.Max(position.Row, 1));
                position.Column = cell.Column;
                tally.CheckInRange(cell, element.GetAttribute("r") ?? cell.ToString());
                break;
            case "sst":
                tally.CheckSharedStrings(element.GetAttribute("uniqueCount") is { } count ? Number(count, allowZero: true) : 0);
                break;
            case "si":
                tally.AddSharedString();
                break;
            case var name when StyleRecords.Contains(name):
                tally.AddStyle();
                break;
        }
    }

    private static CellReference Reference(string text) =>
        CellReference.TryParse(text, out var reference) ? reference : throw new FileRejectedException(ImportError.File(ImportMessages.NotXlsx));

    /// <summary>A row number or count as written; one too large to hold reads as <see cref="long.MaxValue"/>, which fails every limit.</summary>
    private static long Number(string text, bool allowZero)
    {
        if (text.Length == 0 || text.AsSpan().ContainsAnyExceptInRange('0', '9') || (!allowZero && text.AsSpan().TrimStart('0').IsEmpty))
        {
            throw new FileRejectedException(ImportError.File(ImportMessages.NotXlsx));
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue;
    }

    private static FileRejectedException Broken(string part, string problem) => new(ImportError.File(ImportMessages.BrokenPart(part, problem)));

    /// <summary>Where the last row and cell of a worksheet were, for a row or cell that leaves its position implied.</summary>
    private sealed class SheetPosition
    {
        public long Row { get; set; }

        public int Column { get; set; }
    }
}
