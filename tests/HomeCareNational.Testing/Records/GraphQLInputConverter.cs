using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HomeCareNational.Testing.Records;

/// <summary>
/// Writes an input record as its GraphQL input object: each property under its camel-case field name, nulls included,
/// whatever options the request is serialized with (the tests' requests use the serializer's defaults).
/// </summary>
public sealed class GraphQLInputConverter : JsonConverterFactory
{
    /// <summary>The input records that name this converter in their <see cref="JsonConverterAttribute"/>.</summary>
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType == typeof(GraphQLInputConverter);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(InputConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class InputConverter<T> : JsonConverter<T>
    {
        private static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .ToArray();

        // Tests only send inputs; the service's answers are read as JSON nodes.
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException($"{typeof(T).Name} is only sent.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var property in Properties)
            {
                writer.WritePropertyName(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
                JsonSerializer.Serialize(writer, property.GetValue(value), property.PropertyType, options);
            }

            writer.WriteEndObject();
        }
    }
}
