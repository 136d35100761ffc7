using System.IO.Compression;

namespace HomeCareNational.Import.Reading;

/// <summary>
/// Checks that bytes are an .xlsx package worth handing to ClosedXML: a zip holding a workbook part, unpacking to
/// no more than the limit. Tells an old .xls or a password-protected workbook (both OLE compound files) apart.
/// </summary>
internal static class XlsxPackage
{
    private const string WorkbookPart = "xl/workbook.xml";

    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static void EnsureReadable(byte[] content, ImportLimits limits)
    {
        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            throw Rejected(ImportMessages.LegacyOrEncryptedExcel);
        }

        long unpacked;
        bool hasWorkbook;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            unpacked = zip.Entries.Sum(e => e.Length);
            hasWorkbook = zip.GetEntry(WorkbookPart) is not null;
        }
        catch (InvalidDataException)
        {
            throw Rejected(ImportMessages.NotXlsx);
        }

        if (!hasWorkbook)
        {
            throw Rejected(ImportMessages.NotXlsx);
        }

        if (unpacked > limits.MaxUnpackedBytes)
        {
            throw Rejected(ImportMessages.UnpackedTooLarge(limits.MaxUnpackedBytes));
        }
    }

    private static FileRejectedException Rejected(string message) => new(ImportError.File(message));
}
