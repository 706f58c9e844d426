using System.Collections.Immutable;

namespace Marsad.Places;

/// <summary>
/// What an article says about where it is: its geographic frame (<see cref="ArticleGeography"/>),
/// per sentence the countries it names, and how its place mentions situate each other ("X بولاية Y"
/// puts X inside Y). Built by <see cref="Geocoder.Context"/>.
/// </summary>
public sealed record PlaceContext
{
    /// <summary>The article's countries and regions with their evidence, and its dateline.</summary>
    public required ArticleGeography Geography { get; init; }

    /// <summary>Countries whose demonyms this article uses for another country (NG → NE: النيجيري written for Niger).</summary>
    public ImmutableDictionary<string, string> DemonymsReadAs { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The country with the most evidence, or null when nothing names one.</summary>
    public string? MainCountry => Geography.MainCountry;

    /// <summary>The dateline's place ("باماكو – مرصد:"), when the article has one.</summary>
    public PlaceMention? Dateline => Geography.Dateline;

    /// <summary>The dateline's country.</summary>
    public string? DatelineCountry => Geography.DatelineCountry;

    /// <summary>Per sentence index, ISO2 → weight of the evidence in that sentence.</summary>
    internal ImmutableDictionary<int, ImmutableDictionary<string, double>> SentenceEvidence { get; init; } =
        ImmutableDictionary<int, ImmutableDictionary<string, double>>.Empty;

    /// <summary>Per sentence index, admin1 code → weight of the region evidence in that sentence.</summary>
    internal ImmutableDictionary<int, ImmutableDictionary<string, double>> RegionsBySentence { get; init; } =
        ImmutableDictionary<int, ImmutableDictionary<string, double>>.Empty;

    /// <summary>Per mention (by its first name token), the admin units and countries the text puts it in.</summary>
    internal ImmutableDictionary<int, Container> Containers { get; init; } = ImmutableDictionary<int, Container>.Empty;

    /// <summary>Places the article names with confidence, for proximity: (first name token of the mention, latitude, longitude).</summary>
    internal ImmutableArray<(int Mention, double Latitude, double Longitude)> Anchors { get; init; } = [];

    /// <summary>Sentence of each mention, by first name token.</summary>
    internal ImmutableDictionary<int, int> SentenceOfMention { get; init; } = ImmutableDictionary<int, int>.Empty;

    /// <summary>
    /// The region of <paramref name="country"/> the text names in <paramref name="sentence"/> or the sentence before, when one
    /// stands out there; null when none does. An unresolved village is in the region its own passage names, not in one the
    /// article weighs elsewhere (background elsewhere in the piece says nothing of where this village lies).
    /// </summary>
    internal string? RegionAround(int sentence, string? country)
    {
        var near = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in (ReadOnlySpan<int>)[sentence - 1, sentence])
        {
            foreach (var (admin1, weight) in RegionsBySentence.GetValueOrDefault(s) ?? ImmutableDictionary<string, double>.Empty)
            {
                if (country is null || admin1.StartsWith(country + ".", StringComparison.Ordinal))
                {
                    near[admin1] = near.GetValueOrDefault(admin1) + weight;
                }
            }
        }

        return ArticleGeography.StandoutRegion(near);
    }

    /// <summary>Share of the article's country evidence that names <paramref name="country"/> (0 when none names it).</summary>
    public double Share(string country) => Geography.Share(country);
}

/// <summary>The admin1 units and countries that the words after a mention put it in.</summary>
/// <param name="Admin1">GeoNames codes of the admin1 units named, or that a part of a country stands for ("X وسط مالي").</param>
/// <param name="Countries">ISO2 codes of the countries named or holding those units.</param>
/// <param name="Unit">The smallest unit named, in the article's frame: where the mention is coded when its own name is not found.</param>
/// <param name="Region">With no unit, the admin1 code of the likeliest region of the part of a country named: where the mention is then coded.</param>
/// <param name="FromCountryPart">Whether the admin1 units come from a part of a country ("north of Mali"), a loose bound, rather than a unit named.</param>
internal sealed record Container(ImmutableHashSet<string> Admin1, ImmutableHashSet<string> Countries, GazetteerEntry? Unit, string? Region = null, bool FromCountryPart = false)
{
    /// <summary>The one country the words after the mention put it in (« un hameau X, dans le sud du Mali »), not a border or surroundings named.</summary>
    public string? InCountry { get; init; }
}
