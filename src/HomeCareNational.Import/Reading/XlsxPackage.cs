using System.IO.Compression;
using System.Xml;

namespace HomeCareNational.Import.Reading;

/// <summary>
/// Checks that bytes are an .xlsx package worth handing to ClosedXML: a zip holding a workbook part, unpacking to
/// no more than the limit, every part within the limits of <see cref="XlsxPartScanner"/>. Tells an old .xls or a
/// password-protected workbook (both OLE compound files) apart.
/// </summary>
internal static class XlsxPackage
{
    private const string WorkbookPart = "xl/workbook.xml";

    /// <summary>A workbook saved by Excel has tens of parts; each costs an open and a scan.</summary>
    private const int MaxParts = 10_000;

    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static void EnsureReadable(byte[] content, ImportLimits limits)
    {
        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            throw Rejected(ImportMessages.LegacyOrEncryptedExcel);
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts || zip.GetEntry(WorkbookPart) is null)
            {
                throw Rejected(ImportMessages.NotXlsx);
            }

            // The sizes the zip declares first: a zip bomb that tells the truth is refused without unpacking a byte.
            if (zip.Entries.Any(e => e.Length > limits.MaxUnpackedBytes) || zip.Entries.Sum(e => e.Length) > limits.MaxUnpackedBytes)
            {
                throw Rejected(ImportMessages.UnpackedTooLarge(limits.MaxUnpackedBytes));
            }

            var tally = new PackageTally(limits);
            foreach (var entry in zip.Entries)
            {
                XlsxPartScanner.Scan(entry, tally);
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            throw Rejected(ImportMessages.NotXlsx);
        }
    }

    private static FileRejectedException Rejected(string message) => new(ImportError.File(message));
}
