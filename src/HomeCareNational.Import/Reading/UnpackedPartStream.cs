namespace HomeCareNational.Import.Reading;

/// <summary>
/// A part of an .xlsx package as it unpacks, counted against the size its zip entry declares and the package's
/// limit, so a zip bomb that lies about its sizes is stopped as soon as it passes them. For an XML part it also
/// bounds the bytes between two '&lt;' (one tag, or the text after it: '&lt;' may appear in neither), since the
/// XML reader holds a whole tag in memory at once.
/// </summary>
internal sealed class UnpackedPartStream(Stream inner, string part, long declaredLength, PackageTally tally, bool xml) : Stream
{
    /// <summary>Excel's longest cell text, 32,767 characters, is under 100 KiB in UTF-8.</summary>
    public const int MaxBytesBetweenTags = 1024 * 1024;

    private long _read;
    private int _sinceTag;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        if (_read > declaredLength)
        {
            throw new FileRejectedException(ImportError.File(ImportMessages.BrokenPart(part, ImportMessages.UnpackedSizeMismatch)));
        }

        tally.AddUnpackedBytes(read);
        if (xml)
        {
            CheckTagLengths(buffer[..read]);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckTagLengths(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var next = bytes.IndexOf((byte)'<');
            if ((_sinceTag += next < 0 ? bytes.Length : next) > MaxBytesBetweenTags)
            {
                throw new FileRejectedException(ImportError.File(ImportMessages.BrokenPart(part, ImportMessages.TokenTooLong)));
            }

            if (next < 0)
            {
                return;
            }

            _sinceTag = 0;
            bytes = bytes[(next + 1)..];
        }
    }
}
