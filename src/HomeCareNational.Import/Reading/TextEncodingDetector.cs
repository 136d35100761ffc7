using System.Text;

namespace HomeCareNational.Import.Reading;

/// <summary>
/// Decodes a CSV file written in UTF-8 (with or without BOM) or in Shift_JIS, which is what Japanese Excel writes.
/// Both decoders are strict, so a file is taken in an encoding only when every byte is valid in it.
/// </summary>
internal static class TextEncodingDetector
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Code page 932 is Microsoft's Shift_JIS, the one Excel writes: it has the NEC and IBM extensions (①, ㈱, 髙).
    private static readonly Encoding StrictShiftJis = CodePagesEncodingProvider.Instance.GetEncoding(
        932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Code page 932 (Shift_JIS) is not available.");

    /// <summary>The file's text without BOM; throws <see cref="FileRejectedException"/> when it is neither encoding.</summary>
    public static string Decode(ReadOnlySpan<byte> content)
    {
        var text = content.StartsWith(Encoding.UTF8.Preamble)
            ? TryDecode(StrictUtf8, content[Encoding.UTF8.Preamble.Length..])
            : TryDecode(StrictUtf8, content) ?? TryDecode(StrictShiftJis, content);
        return text ?? throw new FileRejectedException(ImportError.File(ImportMessages.UnknownEncoding));
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> content)
    {
        try
        {
            // NUL is valid in both encodings but never in a text file: it marks a binary file renamed .csv.
            var text = encoding.GetString(content);
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
