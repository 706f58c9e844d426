using System.Text.Json.Serialization;

namespace Marsad.Export;

/// <summary>
/// One exported event, flat: ACLED's columns in ACLED's order, then Marsad's extensions. The
/// JSON names are the column names in every format.
/// </summary>
internal sealed class ExportRow
{
    [JsonPropertyName("event_id_cnty")] public required string EventIdCnty { get; init; }
    [JsonPropertyName("event_date")] public DateOnly? EventDate { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("time_precision")] public int? TimePrecision { get; init; }
    [JsonPropertyName("disorder_type")] public required string DisorderType { get; init; }
    [JsonPropertyName("event_type")] public required string EventType { get; init; }
    [JsonPropertyName("sub_event_type")] public required string SubEventType { get; init; }
    [JsonPropertyName("actor1")] public string? Actor1 { get; init; }
    [JsonPropertyName("assoc_actor_1")] public string? AssocActor1 { get; init; }
    [JsonPropertyName("inter1")] public int Inter1 { get; init; }
    [JsonPropertyName("actor2")] public string? Actor2 { get; init; }
    [JsonPropertyName("assoc_actor_2")] public string? AssocActor2 { get; init; }
    [JsonPropertyName("inter2")] public int Inter2 { get; init; }
    [JsonPropertyName("interaction")] public int Interaction { get; init; }
    [JsonPropertyName("civilian_targeting")] public string? CivilianTargeting { get; init; }
    [JsonPropertyName("iso")] public int? Iso { get; init; }
    [JsonPropertyName("region")] public string? Region { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
    [JsonPropertyName("admin1")] public string? Admin1 { get; init; }
    [JsonPropertyName("admin2")] public string? Admin2 { get; init; }
    [JsonPropertyName("admin3")] public string? Admin3 { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("latitude")] public double? Latitude { get; init; }
    [JsonPropertyName("longitude")] public double? Longitude { get; init; }
    [JsonPropertyName("geo_precision")] public int? GeoPrecision { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("source_scale")] public string? SourceScale { get; init; }
    [JsonPropertyName("notes")] public required string Notes { get; init; }

    /// <summary>As extracted: null when no source gives a figure (the ACLED CSV applies ACLED's defaults).</summary>
    [JsonPropertyName("fatalities")] public int? Fatalities { get; init; }

    [JsonPropertyName("tags")] public string? Tags { get; init; }
    [JsonPropertyName("timestamp")] public long Timestamp { get; init; }

    [JsonPropertyName("abducted")] public int? Abducted { get; init; }
    [JsonPropertyName("ransom_amount")] public double? RansomAmount { get; init; }
    [JsonPropertyName("ransom_currency")] public string? RansomCurrency { get; init; }
    [JsonPropertyName("historical")] public bool Historical { get; init; }
    [JsonPropertyName("confidence")] public double Confidence { get; init; }
    [JsonPropertyName("article_id")] public required string ArticleId { get; init; }
    [JsonPropertyName("source_count")] public int SourceCount { get; init; }

    /// <summary>Per source: article, URL and the [start, end) spans of the event and its actors, as JSON.</summary>
    [JsonPropertyName("evidence")] public required string Evidence { get; init; }
}
