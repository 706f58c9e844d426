using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Relations;

namespace Marsad.Tests.Golden;

/// <summary>
/// The part of an analysis a golden case pins down, as canonical JSON: the ACLED fields that matter
/// per event and relations as triples. Evidence offsets, confidence and notes are left out because
/// they move whenever the pipeline improves without the coding changing.
/// </summary>
internal static class GoldenJson
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Events sorted by date then content, relations by subject, predicate and object; keys in ordinal order.</summary>
    public static string Render(IEnumerable<JsonObject> events, IEnumerable<JsonObject> relations)
    {
        var document = new JsonObject
        {
            ["events"] = new JsonArray([.. events.Select(Sorted)
                .OrderBy(e => e["event_date"]?.GetValue<string>() ?? "", StringComparer.Ordinal)
                .ThenBy(e => e.ToJsonString(Compact), StringComparer.Ordinal)]),
            ["relations"] = new JsonArray([.. relations.Select(Sorted)
                .OrderBy(r => r["subject"]?.GetValue<string>(), StringComparer.Ordinal)
                .ThenBy(r => r["predicate"]?.GetValue<string>(), StringComparer.Ordinal)
                .ThenBy(r => r["object"]?.GetValue<string>(), StringComparer.Ordinal)]),
        };
        return document.ToJsonString(Pretty) + "\n";
    }

    public static string Render(ArticleAnalysis analysis) =>
        Render(analysis.Events.Select(Event), analysis.Relations.Select(Relation));

    /// <summary>An expected.json file brought to the same canonical form as <see cref="Render(ArticleAnalysis)"/>.</summary>
    public static string Canonical(string expectedJson)
    {
        var root = JsonNode.Parse(expectedJson)!.AsObject();
        return Render(Objects(root["events"]), Objects(root["relations"]));
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? array) =>
        array?.AsArray().Select(node => node!.AsObject()) ?? [];

    private static JsonObject Event(EventRecord e) => new()
    {
        ["abducted"] = e.Abducted,
        ["actor1"] = e.Actor1,
        ["actor2"] = e.Actor2,
        ["admin1"] = e.Admin1,
        ["country"] = e.Country,
        ["event_date"] = e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["event_type"] = e.EventType,
        ["fatalities"] = e.Fatalities,
        ["geo_precision"] = e.GeoPrecision,
        ["historical"] = e.Historical,
        ["location"] = e.Location,
        ["ransom_amount"] = e.RansomAmount is { } amount ? Number(amount) : null,
        ["ransom_currency"] = e.RansomCurrency,
        ["sub_event_type"] = e.SubEventType,
        ["time_precision"] = e.TimePrecision,
    };

    private static JsonObject Relation(RelationRecord r) => new()
    {
        ["object"] = r.Object,
        ["predicate"] = r.Predicate,
        ["subject"] = r.Subject,
    };

    // 20000000 and 20000000.00 are the same ransom; write whole amounts without a scale.
    private static JsonValue Number(decimal amount) =>
        amount == decimal.Truncate(amount) ? JsonValue.Create(decimal.ToInt64(amount)) : JsonValue.Create(amount);

    private static JsonObject Sorted(JsonObject source) =>
        new(source.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
}
