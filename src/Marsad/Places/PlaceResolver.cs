using System.Collections.Immutable;

namespace Marsad.Places;

/// <summary>
/// Scores a mention's candidates in the article's context and names the outcome: the name
/// match and the entry's prior, then the country evidence, the containing units the text names,
/// the cue's fit with the kind of place, and the distance to the article's other places.
/// </summary>
internal sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const double AmbiguityMargin = 0.03;
    private const double SamePlaceKm = 25;

    public PlaceResolution Resolve(PlaceMention mention, PlaceContext context, string? preferredCountry)
    {
        var scored = new List<PlaceCandidate>(mention.Candidates.Length);
        context.Containers.TryGetValue(mention.NameFirstToken, out var container);
        var sentence = context.SentenceOfMention.GetValueOrDefault(mention.NameFirstToken, -1);
        var sentenceEvidence = context.SentenceEvidence.GetValueOrDefault(sentence);
        foreach (var candidate in mention.Candidates)
        {
            var place = candidate.Place;
            var countryNamed = place.Countries.Contains(preferredCountry ?? "") || place.Countries.Contains(context.MainCountry ?? "");
            if (candidate.Needs == NameNeeds.CueAndCountry && !countryNamed)
            {
                continue; // الساحل is Burkina Faso's Sahel region only in an article about Burkina Faso
            }

            var score = ContextScore.Of(candidate, gazetteer.Prior(candidate.Entry), mention, context, container, sentenceEvidence, preferredCountry);
            scored.Add(candidate with { Score = score });
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        var fallback = Fallback(mention, context, scored, preferredCountry);
        if (scored.Count == 0)
        {
            return new PlaceResolution { Kind = PlaceResolutionKind.NotFound, Mention = mention, Fallback = fallback };
        }

        var ambiguous = scored.Count > 1 && scored[0].Score - scored[1].Score < AmbiguityMargin && !SamePlace(scored[0].Place, scored[1].Place);
        return new PlaceResolution
        {
            Kind = ambiguous ? PlaceResolutionKind.Ambiguous : PlaceResolutionKind.Resolved,
            Mention = mention,
            Candidates = [.. scored],
            Best = ToPlace(SeatOf(scored[0].Place, scored), mention, context, preferredCountry),
            Fallback = fallback,
        };
    }

    /// <summary>
    /// A district or commune stands for its seat, the town of the same name: ACLED codes "the
    /// Douentza area" to Douentza. The admin unit stays when no such town is among the candidates.
    /// </summary>
    private GazetteerEntry SeatOf(GazetteerEntry best, List<PlaceCandidate> scored)
    {
        if (best.Kind is not (PlaceKind.Admin2 or PlaceKind.Admin3))
        {
            return best;
        }

        var name = NameKeys.Compact(gazetteer.BareName(best));
        return scored.Select(c => c.Place)
            .FirstOrDefault(p => p.Kind.IsPopulated() && p.Admin1Code == best.Admin1Code && NameKeys.Compact(p.Location) == name) ?? best;
    }

    /// <summary>An entry as ACLED names it, in <paramref name="country"/> (an entry on a border may lie in several).</summary>
    internal ResolvedPlace Describe(GazetteerEntry place, string country, string surface, TextSpan evidence) => new()
    {
        Country = gazetteer.CountryName(country),
        CountryCode = country,
        Admin1 = gazetteer.Admin1(place.Admin1Code)?.Acled,
        Admin2 = gazetteer.Admin2Name(place.Admin2Code),
        Location = place.Location,
        Latitude = place.Latitude,
        Longitude = place.Longitude,
        GeonameId = place.GeonameId,
        PlaceId = place.Id,
        Surface = surface,
        Evidence = evidence,
    };

    private ResolvedPlace ToPlace(GazetteerEntry place, PlaceMention mention, PlaceContext context, string? preferredCountry)
    {
        var country = place.Countries.Length > 1 ? PickCountry(place.Countries, context, preferredCountry) : place.CountryCode;
        var admin1 = gazetteer.Admin1(place.Admin1Code);
        var resolved = Describe(place, country, mention.Surface, mention.Span);

        return place.Kind switch
        {
            PlaceKind.Country => resolved with { Admin1 = null, Admin2 = null, Location = null, GeoPrecision = 3 },

            // ACLED codes a region-only event to the region's capital.
            PlaceKind.Admin1 => resolved with
            {
                Location = admin1?.Capital ?? place.Location,
                Latitude = admin1?.CapitalLatitude,
                Longitude = admin1?.CapitalLongitude,
                GeonameId = admin1?.CapitalGeonameId,
                GeoPrecision = 3,
            },
            PlaceKind.Admin2 or PlaceKind.Admin3 => resolved with { Location = gazetteer.BareName(place), GeoPrecision = 2 },
            PlaceKind.Natural or PlaceKind.Area => resolved with { GeoPrecision = 3 },
            _ => resolved with { GeoPrecision = AtTheTown(mention) ? 1 : 2 },
        };
    }

    private static bool AtTheTown(PlaceMention mention) =>
        mention.Relation == PlaceRelation.At && mention.Cue is not (PlaceCue.District or PlaceCue.Commune or PlaceCue.Region or PlaceCue.Province or PlaceCue.Area);

    private ResolvedPlace Fallback(PlaceMention mention, PlaceContext context, List<PlaceCandidate> scored, string? preferredCountry)
    {
        var shared = scored.Select(c => c.Place.CountryCode).Distinct().ToList();
        var country = preferredCountry ?? (shared.Count == 1 ? shared[0] : context.MainCountry);
        return new ResolvedPlace
        {
            Country = country is null ? null : gazetteer.CountryName(country),
            CountryCode = country,
            GeoPrecision = 3,
            Unresolved = true,
            Surface = mention.Surface,
            Evidence = mention.Span,
        };
    }

    private static string PickCountry(ImmutableArray<string> countries, PlaceContext context, string? preferredCountry) =>
        preferredCountry is not null && countries.Contains(preferredCountry) ? preferredCountry
        : countries.OrderByDescending(context.Share).First();

    private static bool SamePlace(GazetteerEntry a, GazetteerEntry b) =>
        a.HasCoordinates && b.HasCoordinates
            ? Marsad.Geo.Distance.Kilometres(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value) <= SamePlaceKm
            : a.Id == b.Id;
}
