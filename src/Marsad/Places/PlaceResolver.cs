using System.Collections.Immutable;

namespace Marsad.Places;

/// <summary>
/// Scores a mention's candidates in the article's context and names the outcome: the name
/// match and the entry's prior, then the country evidence, the containing units the text names,
/// the cue's fit with the kind of place, and the distance to the article's other places.
/// </summary>
internal sealed class PlaceResolver(Gazetteer gazetteer, CountryParts parts)
{
    private const double AmbiguityMargin = 0.03;
    private const double SamePlaceKm = 25;
    private const double SeatReachKm = 100;

    // Beyond this, a distance from a town no longer codes the event near it (ACLED's precision 2 is "near the town").
    private const double NearReachKm = 100;

    // How near a place the article names clearly a sound-alike outside its regions must lie.
    private const double StrayKm = 150;

    public PlaceResolution Resolve(PlaceMention mention, PlaceContext context, string? preferredCountry)
    {
        var scored = new List<PlaceCandidate>(mention.Candidates.Length);
        context.Containers.TryGetValue(mention.NameFirstToken, out var container);
        var sentence = context.SentenceOfMention.GetValueOrDefault(mention.NameFirstToken, -1);
        var sentenceEvidence = context.SentenceEvidence.GetValueOrDefault(sentence);
        var notableTowns = mention.Candidates.Count(c => c.IsExact && c.Place.Notable && c.Place.Kind.IsPopulated());
        var namesCountry = mention.Cue == PlaceCue.None && mention.Candidates.Any(c => c.Place.Kind == PlaceKind.Country && c.NameScore >= 1);
        var regionShares = context.Geography.RegionSharesWithout(mention.Span);
        foreach (var candidate in mention.Candidates)
        {
            var place = candidate.Place;
            if (namesCountry && place.Kind != PlaceKind.Country)
            {
                continue; // a country's own name is the country unless a place word says a town is meant: مالي is not Guinea's Mali
            }

            var countryNamed = place.Countries.Contains(preferredCountry ?? "") || place.Countries.Contains(context.MainCountry ?? "");
            if (candidate.Needs is NameNeeds.CueAndCountry or NameNeeds.Country && !countryNamed)
            {
                continue; // الساحل is Burkina Faso's Sahel region, « le Nord » its Nord region, only in an article about Burkina Faso
            }

            var abroad = Abroad(place, context.Geography, preferredCountry);
            if (!Admissible(candidate, mention, context.Geography, container, preferredCountry, notableTowns == 1)
                || Contradicts(place, container, context.MainCountry) || (!candidate.IsExact && gazetteer.Prior(candidate.Entry) < PlaceScores.ProminentPrior || abroad)
                && Strays(place, mention, context, container)
                || abroad && Unanchored(place, mention, context, container, sentenceEvidence))
            {
                continue;
            }

            var score = ContextScore.Of(candidate, gazetteer.Prior(candidate.Entry), mention, context, container, sentenceEvidence, regionShares, preferredCountry);
            scored.Add(candidate with { Score = score });
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        var fallback = Fallback(mention, context, scored, preferredCountry, container);
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
    /// Where an event on a road or stretch between two places is coded ("بين X وY", "l'axe X-Y"): near
    /// one end, precision 2; the end found before one that is not, then the likelier place (a seat
    /// before a hamlet), the larger, then the first named.
    /// </summary>
    public ResolvedPlace RoadEnd(PlaceResolution first, PlaceResolution second, PlacePolicy policy)
    {
        var (a, b) = (first.Choose(policy), second.Choose(policy));
        var end = Rank(first, a).CompareTo(Rank(second, b)) >= 0 ? a : b;
        return end with { GeoPrecision = Math.Max(2, end.GeoPrecision) };
    }

    private (float Prior, long Population) Rank(PlaceResolution resolution, ResolvedPlace place) =>
        place.Unresolved || place.Latitude is null ? (-1, 0) : (gazetteer.Prior(resolution.Candidates[0].Entry), resolution.Candidates[0].Place.Population);

    /// <summary>
    /// Outside the article's countries a name must prove itself: its country named with it, a place
    /// word before the exact name, or the exact name of the one notable town that has it, unless another capitalised word
    /// runs on into it (then it may be the end of a person's or an unknown place's name: "Amir Malam Bello", "Tumbun Hamma").
    /// A name that only sounds like a place abroad is refused ("Tiloua" in a report on Niger is no Cameroonian stream).
    /// </summary>
    private static bool Admissible(PlaceCandidate candidate, PlaceMention mention, ArticleGeography frame, Container? container, string? preferredCountry, bool oneNotableTown)
    {
        var countries = candidate.Place.Countries;
        // A container names the country only when it lies in one: "منطقة غورما" is Burkina Faso's province as much as Mali's Gourma.
        if (frame.Covers(countries) || preferredCountry is not null && countries.Contains(preferredCountry) || container is { Countries.Count: 1 } && countries.Any(container.Countries.Contains))
        {
            return true;
        }

        // A town's place word admits a town abroad, not a stream of the same name (« le poste de X »).
        var cueFits = mention.Cue != PlaceCue.None && (mention.Cue is not (PlaceCue.City or PlaceCue.Town or PlaceCue.Village) || candidate.Place.Kind.IsPopulated());
        return candidate.IsExact && (cueFits || oneNotableTown && candidate.Place.Notable && candidate.Place.Kind.IsPopulated() && !mention.ContinuesAName);
    }

    /// <summary>
    /// "X (Ségou)", « X, dans la région de Y »: an entry outside the units the text names with it, and far from them,
    /// is another place of the same name; the mention is then coded to the unit named. (Near them, it may be one GeoNames
    /// still files under an admin1 code from before a reform.) A town of another country, far from units of the article's own
    /// country, is refused as well ("قرية X في منطقة Y" is no sound-alike abroad; a neighbour named for its border is no unit
    /// of the article's country). A place the text puts in one country (« un hameau X, dans le sud du Mali ») is in no other.
    /// Only units of one country tell: "Niger" is a country and a
    /// Nigerian state, "Gourma" a Malian area and a Burkinabe province. A part of a country ("north of Mali") is too loose to refuse by.
    /// </summary>
    private bool Contradicts(GazetteerEntry place, Container? container, string? mainCountry) =>
        container?.InCountry is { } country && place.HasCoordinates && !place.Countries.Contains(country)
        || container is { Admin1.Count: > 0, Countries.Count: 1, FromCountryPart: false } && place.HasCoordinates && place.Kind.IsPopulated() && place.Admin1Code is { } code && !container.Admin1.Contains(code)
        && (place.Countries.Any(container.Countries.Contains) || mainCountry is not null && container.Countries.Contains(mainCountry))
        && container.Admin1.All(unit => gazetteer.Admin1(unit) is not { CapitalLatitude: { } lat, CapitalLongitude: { } lon }
                                        || Marsad.Geo.Distance.Kilometres(place.Latitude!.Value, place.Longitude!.Value, lat, lon) > SeatReachKm);

    /// <summary>
    /// In a country the article's frame does not cover: a place word (قرية X) admits such a town, but only near the places the
    /// article names clearly (a village in a report on Burkina Faso is no Nigerian town 1,000 km away that shares its name).
    /// </summary>
    private static bool Abroad(GazetteerEntry place, ArticleGeography frame, string? preferredCountry) =>
        !frame.Covers(place.Countries) && !(preferredCountry is not null && place.Countries.Contains(preferredCountry));

    /// <summary>
    /// A name that only sounds like a hamlet (a town of some size is what a transliteration most often means) must lie near the places the article names clearly, when it names some: a
    /// sound-alike far from all of them (a hamlet that only sounds like the name, 400 km from every town the article names) is refused, and the name
    /// is coded as not found.
    /// </summary>
    private static bool Strays(GazetteerEntry place, PlaceMention mention, PlaceContext context, Container? container)
    {
        if (!place.HasCoordinates || place.Admin1Code is { } code && container is not null && container.Admin1.Contains(code))
        {
            return false; // in the unit the text names with it ("بلدة تيليا في ولاية تاهوا")
        }

        var others = context.Anchors.Where(a => a.Mention != mention.NameFirstToken);
        return others.Any() && others.All(a => Marsad.Geo.Distance.Kilometres(place.Latitude!.Value, place.Longitude!.Value, a.Latitude, a.Longitude) > StrayKm);
    }

    /// <summary>
    /// Outside the article's countries, with no place of the article to lie near: a place word alone (« le village de X », قرية X)
    /// does not carry a name abroad when nothing else does (a unit named with it, its country named in its sentence). A
    /// Mauritanian hamlet in a report on Mauritania is no Cameroonian village that has its name.
    /// </summary>
    private static bool Unanchored(GazetteerEntry place, PlaceMention mention, PlaceContext context, Container? container, ImmutableDictionary<string, double>? sentenceEvidence) =>
        context.Geography.FrameCountries.Count > 0 && !context.Anchors.Any(a => a.Mention != mention.NameFirstToken)
        && !(container is { Countries.Count: > 0 } && place.Countries.Any(container.Countries.Contains))
        && !(sentenceEvidence is not null && place.Countries.Any(sentenceEvidence.ContainsKey));

    /// <summary>
    /// A district or commune stands for its seat, the town of the same name: ACLED codes "the
    /// Douentza area" to Douentza. The admin unit stays when no such town is among the candidates.
    /// </summary>
    internal GazetteerEntry SeatOf(GazetteerEntry best, IEnumerable<PlaceCandidate> scored)
    {
        if (best.Kind is not (PlaceKind.Admin2 or PlaceKind.Admin3))
        {
            return best;
        }

        var name = NameKeys.Compact(gazetteer.BareName(best));
        return scored.Select(c => c.Place)
            .FirstOrDefault(p => p.Kind.IsPopulated() && NameKeys.Compact(p.Location) == name && (p.Admin1Code == best.Admin1Code || SameArea(p, best))) ?? best;
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
        IsCapital = place.Kind == PlaceKind.Capital,
        Surface = surface,
        Evidence = evidence,
    };

    private ResolvedPlace ToPlace(GazetteerEntry place, PlaceMention mention, PlaceContext context, string? preferredCountry)
    {
        var country = place.Countries.Length > 1 ? PickCountry(place.Countries, context, preferredCountry) : place.CountryCode;
        var admin1 = gazetteer.Admin1(place.Admin1Code);
        var resolved = Describe(place, country, mention.Surface, mention.Span);
        if (mention.DistanceKm > NearReachKm)
        {
            // "700 km from the capital" is no part of the capital's area: only the country is known.
            return resolved with { Admin1 = null, Admin2 = null, Location = null, Latitude = null, Longitude = null, GeonameId = null, GeoPrecision = 3 };
        }

        // "وسط مالي", "north-east Nigeria": a part of a country is coded to its likeliest region, as a region named alone.
        if (place.Kind == PlaceKind.Country && parts.Of(country, mention.Direction) is { } named && context.Geography.RegionOf(named) is { } part
            && RegionPlace(part, mention, found: true) is { } region)
        {
            return region;
        }

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

    /// <summary>
    /// A name no entry fits stays a named location, coded to the smallest unit the text gives: the
    /// district or region named with it, else the region its passage names (precision 3), else only the
    /// country with no coordinates. Never a capital the text does not name.
    /// </summary>
    private ResolvedPlace Fallback(PlaceMention mention, PlaceContext context, List<PlaceCandidate> scored, string? preferredCountry, Container? container)
    {
        var shared = scored.Select(c => c.Place.CountryCode).Distinct().ToList();
        var country = preferredCountry ?? (shared.Count == 1 ? shared[0] : container?.Countries.Count == 1 ? container.Countries.First() : context.MainCountry);
        if (container?.Unit is { } unit && (country is null || unit.Countries.Contains(country)))
        {
            var coded = ToPlace(unit, mention, context, preferredCountry);
            return coded with { GeoPrecision = Math.Max(2, coded.GeoPrecision), Unresolved = true, PlaceId = null, GeonameId = null };
        }

        // "X وسط مالي": the region the part of the country named after it stands for.
        if (container?.Region is { } part && (country is null || InCountry(part, country)) && RegionPlace(part, mention, found: false) is { } partRegion)
        {
            return partRegion;
        }

        if (context.SentenceOfMention.TryGetValue(mention.NameFirstToken, out var sentence) && context.RegionAround(sentence, country) is { } code
            && RegionPlace(code, mention, found: false) is { } region)
        {
            return region;
        }

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

    /// <summary>A name coded to admin1 <paramref name="code"/>: the region's capital, precision 3; null when the region has no capital located.</summary>
    /// <param name="code">The admin1 code.</param>
    /// <param name="mention">The mention coded there.</param>
    /// <param name="found">True when the mention names the region (a part of a country); false for a name not found, coded to the region around it.</param>
    private ResolvedPlace? RegionPlace(string code, PlaceMention mention, bool found)
    {
        if (gazetteer.Admin1(code) is not { CapitalLatitude: not null } region)
        {
            return null;
        }

        var country = code[..code.IndexOf('.', StringComparison.Ordinal)];
        return new ResolvedPlace
        {
            Country = gazetteer.CountryName(country),
            CountryCode = country,
            Admin1 = region.Acled,
            Location = region.Capital,
            Latitude = region.CapitalLatitude,
            Longitude = region.CapitalLongitude,
            GeonameId = found ? region.CapitalGeonameId : null,
            GeoPrecision = 3,
            Unresolved = !found,
            Surface = mention.Surface,
            Evidence = mention.Span,
        };
    }

    private static bool InCountry(string admin1, string country) => admin1.StartsWith(country + ".", StringComparison.Ordinal);

    private static string PickCountry(ImmutableArray<string> countries, PlaceContext context, string? preferredCountry) =>
        preferredCountry is not null && countries.Contains(preferredCountry) ? preferredCountry
        : countries.OrderByDescending(context.Share).First();

    // Some GeoNames districts keep an admin1 code from before a reform (Niger's Ouallam under Niamey): a seat near them is still theirs.
    private static bool SameArea(GazetteerEntry town, GazetteerEntry unit) =>
        town.CountryCode == unit.CountryCode && town.HasCoordinates && unit.HasCoordinates
        && Marsad.Geo.Distance.Kilometres(town.Latitude!.Value, town.Longitude!.Value, unit.Latitude!.Value, unit.Longitude!.Value) <= SeatReachKm;

    private static bool SamePlace(GazetteerEntry a, GazetteerEntry b) =>
        a.HasCoordinates && b.HasCoordinates
            ? Marsad.Geo.Distance.Kilometres(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value) <= SamePlaceKm
            : a.Id == b.Id;
}
