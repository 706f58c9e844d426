using System.Collections.Immutable;

namespace Marsad.Places;

/// <summary>How the text says that it is about a country (or one of its regions).</summary>
public enum GeoEvidenceKind
{
    /// <summary>The country's name ("مالي", "au Niger").</summary>
    CountryName,

    /// <summary>A demonym ("الجيش المالي", "soldats nigériens").</summary>
    Demonym,

    /// <summary>The place a report was filed from ("NIAMEY, …").</summary>
    Dateline,

    /// <summary>A name written exactly that only one country has.</summary>
    UnambiguousPlace,

    /// <summary>An actor whose home is that country (a state force, a national group).</summary>
    ActorHome,

    /// <summary>An admin1 region named, or a town the text places clearly.</summary>
    Region,
}

/// <summary>One piece of evidence for the article's geography, with the characters that support it.</summary>
/// <param name="Kind">How the text says it.</param>
/// <param name="Country">ISO2 of the country.</param>
/// <param name="Admin1">GeoNames admin1 code when the evidence names a region; otherwise null.</param>
/// <param name="Span">The words that say it.</param>
/// <param name="Weight">How much it counts.</param>
public sealed record GeoEvidence(GeoEvidenceKind Kind, string Country, string? Admin1, TextSpan Span, double Weight);

/// <summary>
/// The article's geographic frame, decided once before any event is assembled: the countries and
/// regions the text is about, weighted by how it names them, and the dateline. A place outside the
/// frame's countries must prove itself (its country named with it, a place word and an exact name,
/// or the exact name of a notable town); a village that cannot be resolved is coded to the region its
/// passage names, never to a capital the text does not name.
/// </summary>
public sealed record ArticleGeography
{
    /// <summary>Weight a country needs to be in the frame: one name, demonym or dateline, or two unambiguous places.</summary>
    public const double FrameWeight = 1;

    /// <summary>Weight a region needs, and how far it must lead the next one, to stand for the article or a passage.</summary>
    private const double RegionWeight = 1;

    private const double RegionLead = 1.5;

    /// <summary>Every piece of evidence, in document order.</summary>
    public ImmutableArray<GeoEvidence> Evidence { get; private init; } = [];

    /// <summary>ISO2 → total weight of the evidence for that country.</summary>
    public ImmutableDictionary<string, double> Countries { get; private init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Admin1 code → total weight of the evidence for that region.</summary>
    public ImmutableDictionary<string, double> Regions { get; private init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>The country with the most evidence (the first named of equals), or null when nothing names one.</summary>
    public string? MainCountry { get; private init; }

    /// <summary>The region the article is mostly about, when one of the main country's stands out; otherwise null.</summary>
    public string? MainRegion { get; private init; }

    /// <summary>The dateline's place, when the article has one.</summary>
    public PlaceMention? Dateline { get; private init; }

    /// <summary>The dateline's country.</summary>
    public string? DatelineCountry { get; private init; }

    /// <summary>The countries of the frame: those with <see cref="FrameWeight"/>, and the main one.</summary>
    public ImmutableHashSet<string> FrameCountries { get; private init; } = ImmutableHashSet<string>.Empty;

    /// <summary>True when one of <paramref name="countries"/> is in the frame, or when the text names no country at all.</summary>
    public bool Covers(ImmutableArray<string> countries) => FrameCountries.IsEmpty || countries.Any(FrameCountries.Contains);

    /// <summary>Share of the article's country evidence that names <paramref name="country"/> (0 when none names it).</summary>
    public double Share(string country)
    {
        var total = Countries.Values.Sum();
        return total > 0 ? Countries.GetValueOrDefault(country) / total : 0;
    }

    /// <summary>
    /// Per admin1 code, its share of the main country's region evidence, leaving out what <paramref name="mention"/> itself
    /// says (a village the first pass placed must not draw itself to its own region).
    /// </summary>
    internal ImmutableDictionary<string, double> RegionSharesWithout(TextSpan mention)
    {
        if (Regions.IsEmpty)
        {
            return ImmutableDictionary<string, double>.Empty;
        }

        var others = Evidence.Where(e => e.Admin1 is not null && e.Country == MainCountry && !e.Span.Overlaps(mention)).ToList();
        var total = others.Sum(e => e.Weight);
        return total > 0 ? Totals(others, e => e.Admin1!).ToImmutableDictionary(r => r.Key, r => r.Value / total, StringComparer.Ordinal) : ImmutableDictionary<string, double>.Empty;
    }

    /// <summary>The region of <paramref name="part"/> the article weighs more than the others, else the one news usually means by it; null when neither.</summary>
    internal string? RegionOf(CountryPart part)
    {
        var ranked = part.Regions.OrderByDescending(r => Regions.GetValueOrDefault(r)).ToList();
        return Regions.GetValueOrDefault(ranked[0]) > (ranked.Count > 1 ? Regions.GetValueOrDefault(ranked[1]) : 0) ? ranked[0] : part.Usual;
    }

    /// <summary>The region whose weight reaches <see cref="RegionWeight"/> and leads the next by <see cref="RegionLead"/>; null when none does.</summary>
    internal static string? StandoutRegion(IEnumerable<KeyValuePair<string, double>> weights)
    {
        var ranked = weights.OrderByDescending(r => r.Value).Take(2).ToList();
        return ranked.Count > 0 && ranked[0].Value >= RegionWeight && (ranked.Count == 1 || ranked[0].Value >= RegionLead * ranked[1].Value)
            ? ranked[0].Key
            : null;
    }

    /// <summary>The frame that <paramref name="evidence"/> supports.</summary>
    /// <param name="evidence">What the text says, and what other layers found.</param>
    /// <param name="dateline">The dateline's place, if any.</param>
    /// <param name="placeable">Whether events can be placed in a country (the gazetteer holds its towns): a foreign power named
    /// for its forces ("القوات الفرنسية") is in the frame but is the main country only when no placeable country is named.</param>
    public static ArticleGeography Of(IEnumerable<GeoEvidence> evidence, PlaceMention? dateline, Func<string, bool> placeable)
    {
        var ordered = evidence.OrderBy(e => e.Span.Start).ToImmutableArray();
        var countries = Totals(ordered, e => e.Country);
        var main = Leader(ordered, countries.Where(c => placeable(c.Key)).ToImmutableDictionary(), e => e.Country) ?? Leader(ordered, countries, e => e.Country);
        var regions = Totals(ordered.Where(e => e.Admin1 is not null && e.Country == main), e => e.Admin1!);
        var mainRegion = StandoutRegion(regions);
        return new ArticleGeography
        {
            Evidence = ordered,
            Countries = countries,
            Regions = regions,
            MainCountry = main,
            MainRegion = mainRegion,
            Dateline = dateline,
            DatelineCountry = dateline?.Candidates[0].Place.CountryCode,
            FrameCountries = [.. countries.Where(c => c.Value >= FrameWeight || c.Key == main).Select(c => c.Key)],
        };
    }

    private static ImmutableDictionary<string, double> Totals(IEnumerable<GeoEvidence> evidence, Func<GeoEvidence, string> key) =>
        evidence.GroupBy(key, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.Sum(e => e.Weight), StringComparer.Ordinal);

    private static string? Leader(ImmutableArray<GeoEvidence> ordered, ImmutableDictionary<string, double> totals, Func<GeoEvidence, string> key) =>
        totals.OrderByDescending(t => t.Value).ThenBy(t => ordered.First(e => key(e) == t.Key).Span.Start).Select(t => t.Key).FirstOrDefault();
}
