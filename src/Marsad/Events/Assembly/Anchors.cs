namespace Marsad.Events.Assembly;

/// <summary>A resolved date expression, as event assembly needs it.</summary>
/// <param name="FirstToken">First token of the expression.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Span">Original span.</param>
/// <param name="Date">The date to code.</param>
/// <param name="Precision">ACLED time precision (1–3), null when only the year is known.</param>
/// <param name="First">First day the expression covers.</param>
/// <param name="Last">Last day it covers.</param>
/// <param name="Anaphoric">True when it was resolved against the date told before (اليوم نفسه، في اليوم التالي).</param>
/// <param name="Background">True when the date lies well before the article's date.</param>
/// <param name="Recent">True when the date lies within the article's news cycle: an event then is news even if told in the pluperfect.</param>
internal sealed record DateAnchor(int FirstToken, int EndToken, TextSpan Span, DateOnly Date, int? Precision, DateOnly First, DateOnly Last, bool Anaphoric, bool Background, bool Recent)
{
    public bool IsYearOnly => Precision is null;

    /// <summary>A span of time rather than a date ("منذ سنوات", "قبل نحو عامين"): it dates no incident.</summary>
    public bool Vague { get; init; }

    /// <summary>A period running up to the article ("since 2012", « depuis janvier »): what happened in it is a tally.</summary>
    public bool UpToNow { get; init; }

    /// <summary>
    /// The period runs from a date the text names ("منذ 2015"، "منذ يناير"، « depuis janvier 2019 ») or for an uncounted time
    /// ("منذ سنوات", for years), not from a time counted back ("منذ ثلاث سنوات" is also "three years ago"): in every language,
    /// what happened in it is a tally.
    /// </summary>
    public bool FromDate { get; init; }

    /// <summary>"وتأتي الهجمات بعد نحو ستة أشهر على الانقلاب": the date of the event named right after it.</summary>
    public bool OfWhatFollows { get; init; }
}

/// <summary>Where an event took place, as it goes into the event record.</summary>
public sealed record EventPlace
{
    public string? Country { get; init; }

    public string? CountryCode { get; init; }

    public string? Admin1 { get; init; }

    public string? Admin2 { get; init; }

    public string? Location { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public int GeoPrecision { get; init; } = 3;

    public long? GeonameId { get; init; }

    /// <summary>True when the name was not found: surface kept, country from context, no coordinates.</summary>
    public bool Unresolved { get; init; }

    /// <summary>
    /// The name the text gives a place the gazetteer does not know, which is coded to the unit that stands for it: two villages
    /// coded to one region are still two places. Null for a place found.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>What tells this place from another: its own name when it was not found, else the location it is coded to.</summary>
    public string? Identity => Name ?? Location;

    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}

/// <summary>A resolved place mention, as event assembly needs it.</summary>
/// <param name="FirstToken">First token of the phrase.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Span">Original span of the phrase with its modifier.</param>
/// <param name="Place">The resolved place.</param>
/// <param name="Dateline">True for the place a report was filed from.</param>
/// <param name="IsCountry">True when only a country is named.</param>
/// <param name="Between">True for one end of "between X and Y": a road or a stretch, weaker than a place named alone.</param>
/// <param name="FromIt">True for a direction or distance from the place (جنوب غربي غاو، 30 km from X): right after another place, it only says where that one lies.</param>
/// <param name="Capital">True for a country's capital, which reports name for its government, as a destination or as a yardstick.</param>
/// <param name="District">True for a place named as a district (cercle de, département de, X district): it takes in the villages of the district.</param>
/// <param name="Match">How surely the gazetteer knows the name (a signal of the event's confidence).</param>
internal sealed record PlaceAnchor(int FirstToken, int EndToken, TextSpan Span, EventPlace Place, bool Dateline, bool IsCountry, bool Between = false, bool FromIt = false, bool Capital = false,
    bool District = false, PlaceMatch Match = PlaceMatch.Exact);

/// <summary>How a place name was found in the gazetteer.</summary>
internal enum PlaceMatch
{
    /// <summary>One entry, by a name it has (or a curated alias).</summary>
    Exact,

    /// <summary>One entry, by a name that only sounds like one of its names.</summary>
    SoundAlike,

    /// <summary>Entries far apart score alike: the best was guessed.</summary>
    Ambiguous,

    /// <summary>Not in the gazetteer: the surface is kept.</summary>
    NotFound,
}
