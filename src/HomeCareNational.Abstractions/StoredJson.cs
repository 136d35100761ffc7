using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace HomeCareNational.Abstractions;

/// <summary>
/// The JSON formats of everything the service stores as JSON, one set in one place. Each writes enums by name, so
/// that reordering an enum never changes what stored JSON means. None may change: stored rows must read back.
/// </summary>
public static class StoredJson
{
    /// <summary>
    /// Records inside the register history (each record before and after a change) and the results idempotency keys
    /// keep: camelCase as the API names fields, dates as ISO 8601.
    /// </summary>
    public static JsonSerializerOptions Records { get; } = ReadOnly(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>
    /// Grain state: properties as declared; Japanese text unescaped, since <c>\uXXXX</c> would triple its size before
    /// compression (the text is never embedded in HTML).
    /// </summary>
    public static JsonSerializerOptions GrainState { get; } = ReadOnly(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });

    /// <summary>
    /// The history tables' JSON properties: properties as declared; the relaxed encoder keeps Japanese text and the
    /// quotes inside the records' own JSON unescaped: a third of the size before compression, and the stored text is
    /// never embedded in HTML.
    /// </summary>
    public static JsonSerializerOptions HistoryRows { get; } = ReadOnly(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
