using System.IO.Compression;
using System.Text.Json;
using HomeCareNational.Abstractions;
using Orleans.Storage;

namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>
/// Grain state as GZip-compressed System.Text.Json (<see cref="StoredJson.GrainState"/>): a person can still read it after unzipping, and a register
/// shrinks about sixfold, which is what lets it fit <see cref="HomeCareNational.Abstractions.GrainStateLimits.MaxStateBytes"/>
/// (720 KiB: below the provider's 983,040 bytes, since Azurite measures the request body).
/// </summary>
public sealed class CompressedJsonGrainStorageSerializer : IGrainStorageSerializer
{
    /// <inheritdoc/>
    public BinaryData Serialize<T>(T? input)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, input, StoredJson.GrainState);
        }

        return new BinaryData(compressed.GetBuffer().AsMemory(0, (int)compressed.Length));
    }

    /// <inheritdoc/>
    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var gzip = new GZipStream(input.ToStream(), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(gzip, StoredJson.GrainState)
            ?? throw new InvalidDataException($"The stored {typeof(T).Name} is JSON null.");
    }
}
