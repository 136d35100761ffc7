using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace HomeCareNational.Storage.AzureTable.History;

/// <summary>The one JSON format of everything the history tables store as JSON.</summary>
internal static class HistoryJson
{
    /// <summary>
    /// Enums by name, so that reordering an enum never changes what stored history means. The relaxed encoder keeps
    /// Japanese text and the quotes inside the records' own JSON unescaped: a third of the size before compression,
    /// and the stored text is never embedded in HTML.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new JsonStringEnumConverter() },
        };
        options.MakeReadOnly();
        return options;
    }
}
