using System.IO.Compression;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>GZip for history payloads: they are JSON, which shrinks about eightfold.</summary>
internal static class StateCompression
{
    /// <summary>The value of the head row's <c>Compression</c> property.</summary>
    public const string Name = "gzip";

    public static byte[] Compress(ReadOnlySpan<byte> serialized)
    {
        using var compressed = new MemoryStream(capacity: serialized.Length / 4 + 64);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(serialized);
        }

        return compressed.ToArray();
    }

    /// <exception cref="InvalidDataException">The payload is not GZip or does not expand to the recorded length.</exception>
    public static BinaryData Decompress(byte[] payload, int expectedLength)
    {
        var serialized = new byte[expectedLength];
        using var gzip = new GZipStream(new MemoryStream(payload), CompressionMode.Decompress);
        try
        {
            gzip.ReadExactly(serialized);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"the payload expands to fewer than the recorded {expectedLength} bytes");
        }

        if (gzip.ReadByte() != -1)
        {
            throw new InvalidDataException($"the payload expands to more than the recorded {expectedLength} bytes");
        }

        return new BinaryData(serialized);
    }
}
