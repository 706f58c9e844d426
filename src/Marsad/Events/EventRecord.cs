using System.Collections.Immutable;

namespace Marsad.Events;

/// <summary>
/// One extracted event in ACLED's shape (field names follow ACLED's export and the evaluation
/// interchange format), with Marsad's extensions: abducted, ransom, historical flag, evidence
/// for the event and for each field, and a confidence.
/// </summary>
public sealed record EventRecord
{
    public required string ArticleId { get; init; }

    public DateOnly? EventDate { get; init; }

    /// <summary>ACLED time precision: 1 day, 2 week or a few days, 3 month; null when unknown.</summary>
    public int? TimePrecision { get; init; }

    public required string EventType { get; init; }

    public required string SubEventType { get; init; }

    /// <summary>ACLED disorder type derived from the event type.</summary>
    public string DisorderType => AcledTaxonomy.DisorderType(EventType);

    public string? Actor1 { get; init; }

    public string? Actor2 { get; init; }

    public ImmutableArray<string> AssocActor1 { get; init; } = [];

    public ImmutableArray<string> AssocActor2 { get; init; } = [];

    /// <summary>ACLED interaction code pieces: the kind of each actor (see <see cref="ActorKinds"/>).</summary>
    public string? Actor1Kind { get; init; }

    public string? Actor2Kind { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public string? Admin2 { get; init; }

    public string? Location { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public int? GeoPrecision { get; init; }

    /// <summary>GeoNames id of the location, when it resolved to one.</summary>
    public long? GeonameId { get; init; }

    public int? Fatalities { get; init; }

    public int? Abducted { get; init; }

    public decimal? RansomAmount { get; init; }

    /// <summary>ISO 4217 code (XOF for the CFA franc of BCEAO).</summary>
    public string? RansomCurrency { get; init; }

    public bool Historical { get; init; }

    public bool CivilianTargeting { get; init; }

    /// <summary>Original-text spans that support the event as a whole.</summary>
    public ImmutableArray<TextSpan> Evidence { get; init; } = [];

    /// <summary>Per field (<c>actor1</c>, <c>event_date</c>, <c>location</c>, <c>fatalities</c>…), the spans behind it.</summary>
    public ImmutableDictionary<string, ImmutableArray<TextSpan>> FieldEvidence { get; init; } =
        ImmutableDictionary<string, ImmutableArray<TextSpan>>.Empty;

    /// <summary>How sure the extractor is that this event happened as coded (0–1).</summary>
    public double Confidence { get; init; }

    /// <summary>A one-line English summary.</summary>
    public string Notes { get; init; } = "";

    public string? Source { get; init; }

    public string? Url { get; init; }
}
