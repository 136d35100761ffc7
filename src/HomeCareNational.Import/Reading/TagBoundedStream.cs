namespace HomeCareNational.Import.Reading;

/// <summary>
/// An XML part as it unpacks, refused as soon as more than <see cref="MaxBytesBetweenTags"/> pass between two '&lt;'
/// (one tag with its attributes, or the text after it: '&lt;' may appear in neither), since the XML reader holds a
/// whole tag in memory at once.
/// </summary>
internal sealed class TagBoundedStream(Stream inner, string part) : Stream
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
        for (var bytes = (ReadOnlySpan<byte>)buffer[..read]; !bytes.IsEmpty;)
        {
            var next = bytes.IndexOf((byte)'<');
            if ((_sinceTag += next < 0 ? bytes.Length : next) > MaxBytesBetweenTags)
            {
                throw new FileRejectedException(ImportError.File(ImportMessages.BrokenPart(part, ImportMessages.TokenTooLong)));
            }

            if (next < 0)
            {
                break;
            }

            _sinceTag = 0;
            bytes = bytes[(next + 1)..];
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
}
