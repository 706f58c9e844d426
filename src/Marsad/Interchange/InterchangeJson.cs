using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Events;
using Marsad.Relations;

namespace Marsad.Interchange;

/// <summary>
/// Events and relations as JSON Lines in the evaluation interchange format (field names follow
/// ACLED's export), with Marsad's extensions: disorder type, civilian targeting, confidence,
/// GeoNames id, per-field evidence, source and url.
/// </summary>
public static class InterchangeJson
{
    /// <summary>Arabic stays readable in the output; JSON stays valid.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteEvent(Utf8JsonWriter json, EventRecord e)
    {
        json.WriteStartObject();
        json.WriteString("article_id", e.ArticleId);
        WriteNullable(json, "event_date", e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullable(json, "time_precision", e.TimePrecision);
        json.WriteString("disorder_type", e.DisorderType);
        json.WriteString("event_type", e.EventType);
        json.WriteString("sub_event_type", e.SubEventType);
        WriteNullable(json, "actor1", e.Actor1);
        WriteNullable(json, "assoc_actor_1", e.AssocActor1.Length == 0 ? null : string.Join("; ", e.AssocActor1));
        WriteNullable(json, "actor2", e.Actor2);
        WriteNullable(json, "assoc_actor_2", e.AssocActor2.Length == 0 ? null : string.Join("; ", e.AssocActor2));
        json.WriteBoolean("civilian_targeting", e.CivilianTargeting);
        WriteNullable(json, "country", e.Country);
        WriteNullable(json, "admin1", e.Admin1);
        WriteNullable(json, "admin2", e.Admin2);
        WriteNullable(json, "location", e.Location);
        WriteNullable(json, "latitude", e.Latitude);
        WriteNullable(json, "longitude", e.Longitude);
        WriteNullable(json, "geo_precision", e.GeoPrecision);
        WriteNullable(json, "geonameid", e.GeonameId);
        WriteNullable(json, "fatalities", e.Fatalities);
        WriteNullable(json, "abducted", e.Abducted);
        if (e.RansomAmount is { } amount)
        {
            json.WriteNumber("ransom_amount", amount);
        }
        else
        {
            json.WriteNull("ransom_amount");
        }

        WriteNullable(json, "ransom_currency", e.RansomCurrency);
        json.WriteBoolean("historical", e.Historical);
        json.WriteNumber("confidence", e.Confidence);
        json.WritePropertyName("evidence");
        WriteSpans(json, e.Evidence);
        json.WriteStartObject("field_evidence");
        foreach (var (field, spans) in e.FieldEvidence.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(field);
            WriteSpans(json, spans);
        }

        json.WriteEndObject();
        json.WriteString("notes", e.Notes);
        WriteNullable(json, "source", e.Source);
        WriteNullable(json, "url", e.Url);
        json.WriteEndObject();
    }

    public static void WriteRelation(Utf8JsonWriter json, RelationRecord r)
    {
        json.WriteStartObject();
        json.WriteString("article_id", r.ArticleId);
        json.WriteString("subject", r.Subject);
        json.WriteString("predicate", r.Predicate);
        json.WriteString("object", r.Object);
        json.WritePropertyName("evidence");
        WriteSpans(json, [r.Evidence]);
        json.WriteNumber("confidence", r.Confidence);
        json.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter json, IEnumerable<TextSpan> spans)
    {
        json.WriteStartArray();
        foreach (var span in spans)
        {
            json.WriteStartArray();
            json.WriteNumberValue(span.Start);
            json.WriteNumberValue(span.End);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 5));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
