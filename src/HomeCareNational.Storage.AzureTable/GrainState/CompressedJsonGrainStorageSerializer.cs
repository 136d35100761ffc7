using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Orleans.Storage;

namespace HomeCareNational.Storage.AzureTable.GrainState;

/// <summary>
/// Grain state as GZip-compressed System.Text.Json: a person can still read it after unzipping, and a register
/// shrinks about sixfold, which is what lets it fit <see cref="HomeCareNational.Abstractions.GrainStateLimits.MaxStateBytes"/>
/// (720 KiB: below the provider's 983,040 bytes, since Azurite measures the request body).
/// </summary>
public sealed class CompressedJsonGrainStorageSerializer : IGrainStorageSerializer
{
    /// <summary>
    /// Enums by name, so reordering an enum never changes what stored state means; Japanese text unescaped, since
    /// <c>\uXXXX</c> would triple its size before compression (the text is never embedded in HTML).
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateOptions();

    /// <inheritdoc/>
    public BinaryData Serialize<T>(T? input)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, input, JsonOptions);
        }

        return new BinaryData(compressed.GetBuffer().AsMemory(0, (int)compressed.Length));
    }

    /// <inheritdoc/>
    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var gzip = new GZipStream(input.ToStream(), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(gzip, JsonOptions)
            ?? throw new InvalidDataException($"The stored {typeof(T).Name} is JSON null.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new JsonStringEnumConverter() },
        };
        options.MakeReadOnly();
        return options;
    }
}
