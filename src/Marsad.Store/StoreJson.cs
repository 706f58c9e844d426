using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Marsad.Dedup;
using Marsad.Events;

namespace Marsad.Store;

/// <summary>How records are kept in the store's JSON columns: snake_case, spans as <c>[start, end]</c>, Arabic unescaped.</summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new TextSpanConverter(), new FieldEvidenceConverter() },
        // Computed properties (disorder type, span length) are derived again on reading: don't store them.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedProperties } },
    };

    public static string Write(EventRecord record) => JsonSerializer.Serialize(record, Options);

    public static EventRecord ReadEvent(string json) => JsonSerializer.Deserialize<EventRecord>(json, Options)!;

    public static string Write(ClusterSource source) => JsonSerializer.Serialize(source, Options);

    public static ClusterSource ReadSource(string json) => JsonSerializer.Deserialize<ClusterSource>(json, Options)!;

    private static void DropComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Field evidence with its fields in ordinal order: an ImmutableDictionary enumerates in string-hash order, which
    /// differs from process to process, and the same event must be stored as the same text whichever worker saved it.
    /// </summary>
    private sealed class FieldEvidenceConverter : JsonConverter<ImmutableDictionary<string, ImmutableArray<TextSpan>>>
    {
        public override ImmutableDictionary<string, ImmutableArray<TextSpan>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<Dictionary<string, ImmutableArray<TextSpan>>>(ref reader, options)!.ToImmutableDictionary();

        public override void Write(Utf8JsonWriter writer, ImmutableDictionary<string, ImmutableArray<TextSpan>> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (field, spans) in value.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(field);
                JsonSerializer.Serialize(writer, spans, options);
            }

            writer.WriteEndObject();
        }
    }

    private sealed class TextSpanConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var pair = JsonSerializer.Deserialize<int[]>(ref reader, options);
            return pair is [var start, var end] ? new TextSpan(start, end) : throw new JsonException("a span is [start, end]");
        }

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Start);
            writer.WriteNumberValue(value.End);
            writer.WriteEndArray();
        }
    }
}
