using System.Collections.Immutable;
using System.Globalization;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>
/// The Places stage: finds the places a document names (<see cref="Recognize"/>), gathers what
/// the article says about where it is (<see cref="Context"/>), and resolves each mention to a
/// gazetteer entry or an honest "unresolved" (<see cref="Resolve"/>). Loaded once; immutable and
/// safe to share across threads.
/// </summary>
public sealed class Geocoder
{
    private readonly Gazetteer _gazetteer;
    private readonly PlaceLexicon _lexicon;
    private readonly CandidateFinder _finder;
    private readonly ContextBuilder _context;
    private readonly PlaceResolver _resolver;
    private readonly PhraseMatcher<string> _demonyms;

    private Geocoder(Gazetteer gazetteer, PlaceLexicon lexicon, PhraseMatcher<string> demonyms, ImmutableDictionary<string, string> confusable, CountryParts parts)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        _demonyms = demonyms;
        _finder = new CandidateFinder(gazetteer);
        _resolver = new PlaceResolver(gazetteer, parts);
        _context = new ContextBuilder(gazetteer, demonyms, confusable, _resolver, parts, lexicon.ArabicCueWords);
    }

    /// <summary>Number of gazetteer entries (places, admin units, countries, areas).</summary>
    public int EntryCount => _gazetteer.Entries.Length;

    /// <summary>Distinct name keys in the name index.</summary>
    public int NameKeyCount => _gazetteer.NameCount;

    /// <summary>Distinct consonant keys in the sound-alike index.</summary>
    public int SoundKeyCount => _gazetteer.SoundCount;

    /// <summary>Loads <c>geo/*</c> and <c>countries.tsv</c>; a malformed line throws <see cref="ResourceFormatException"/> naming its file and line.</summary>
    public static Geocoder Load(ResourceStore resources)
    {
        var lexicon = PlaceLexicon.Load(resources);
        var gazetteer = GazetteerLoader.Load(resources, lexicon);
        return new Geocoder(gazetteer, lexicon, Demonyms.Load(resources), Demonyms.Confusable(resources), CountryParts.Load(resources, code => gazetteer.Admin1(code) is not null));
    }

    /// <summary>Every place mention of the document, in document order.</summary>
    public ImmutableArray<PlaceMention> Recognize(TextDocument doc) => ShortFormsOfNamesInFull(new MentionScan(_gazetteer, _finder, _lexicon, _demonyms, doc).Run());

    /// <summary>
    /// « Fada N'Gourma … l'axe Fada-Kompienbiga »: a name that opens a longer place name the text gives in full is that place's
    /// short form, not a namesake in a country the full name is not in.
    /// </summary>
    private static ImmutableArray<PlaceMention> ShortFormsOfNamesInFull(ImmutableArray<PlaceMention> mentions)
    {
        var full = mentions.Where(m => m.NameEndToken - m.NameFirstToken > 1 && m.Candidates.Any(c => c.IsExact)).ToList();
        if (full.Count == 0)
        {
            return mentions;
        }

        return [.. mentions.Select(m => full.FirstOrDefault(f => f != m && OpensName(m.Surface, f.Surface)) is { } named
                                        && !m.Candidates.Any(c => c.IsExact && named.Candidates.Any(n => n.IsExact && n.Place.CountryCode == c.Place.CountryCode))
            ? m with { Candidates = [.. named.Candidates.Where(c => c.IsExact)] }
            : m)];
    }

    private static bool OpensName(string shortForm, string name) =>
        name.Length > shortForm.Length + 1 && name.StartsWith(shortForm, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(name[shortForm.Length]);

    /// <summary>The article's geographic frame (countries and regions with their evidence, dateline) and the containers of its mentions.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="mentions">Its place mentions (<see cref="Recognize"/>).</param>
    /// <param name="hints">Evidence other layers found, such as the home countries of the actors named.</param>
    public PlaceContext Context(TextDocument doc, ImmutableArray<PlaceMention> mentions, IEnumerable<GeoEvidence>? hints = null) =>
        _context.Build(doc, mentions, hints ?? []);

    /// <summary>Resolves one mention in its article's context; <paramref name="preferredCountry"/> (ISO2) is what the caller knows from the actors.</summary>
    public PlaceResolution Resolve(PlaceMention mention, PlaceContext context, string? preferredCountry = null) =>
        _resolver.Resolve(mention, context, preferredCountry);

    /// <summary>Where an event between two places ("بين X وY", "on the X-Y road") is coded: near the better-known end, precision 2.</summary>
    public ResolvedPlace RoadEnd(PlaceResolution first, PlaceResolution second, PlacePolicy policy) => _resolver.RoadEnd(first, second, policy);

    /// <summary>
    /// Each country's capital (GeoNames' PPLC), keyed by ISO2: where ACLED codes a national event,
    /// such as a coup, that the report ties to no town.
    /// </summary>
    public ImmutableDictionary<string, ResolvedPlace> Capitals() =>
        _gazetteer.Entries.Where(e => e.Kind == PlaceKind.Capital && e.HasCoordinates)
            .GroupBy(e => e.CountryCode)
            .Select(g => g.MaxBy(e => e.Population)!)
            .ToImmutableDictionary(e => e.CountryCode, e => _resolver.Describe(e, e.CountryCode, e.Location, default), StringComparer.Ordinal);

    /// <summary>Candidates for a bare name, best first, each with why: for checking a name (<c>marsad geocode</c>).</summary>
    public IReadOnlyList<PlaceCandidate> Lookup(string text)
    {
        var key = NameKeys.Compact(text);
        var exact = _finder.Admit(_gazetteer.Named(key), Licence.Strong, startsWithCue: false);
        var phonemes = NameKeys.IsArabic(key) ? Phonetics.FromArabic(key) : Phonetics.FromLatin(key);
        var sounding = _finder.Sounding(phonemes, Licence.Strong, 0, closedEnd: NameKeys.IsArabic(key) && Phonetics.EndsOnConsonant(key));
        return [.. exact.Concat(sounding)
            .GroupBy(c => c.Entry)
            .Select(g => g.MaxBy(c => c.NameScore)!)
            .OrderByDescending(c => c.Score)
            .Select(c => c with { Reason = c.Reason + "; " + Describe(c) })];
    }

    private string Describe(PlaceCandidate candidate)
    {
        var place = candidate.Place;
        var admin1 = _gazetteer.Admin1(place.Admin1Code)?.Acled;
        var population = place.Population > 0 ? ", population " + place.Population.ToString("N0", CultureInfo.InvariantCulture) : "";
        var notable = place.Notable ? ", town or seat" : "";
        return $"{place.FeatureCode} in {_gazetteer.CountryName(place.CountryCode)}{(admin1 is null ? "" : "/" + admin1)}{population}{notable}, prior {_gazetteer.Prior(candidate.Entry):0.00}";
    }
}
