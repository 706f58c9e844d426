using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>Decides an article's geographic frame, and gathers the containers of its mentions and its anchor places.</summary>
internal sealed class ContextBuilder(Gazetteer gazetteer, PhraseMatcher<string> demonyms, ImmutableDictionary<string, string> confusable, PlaceResolver resolver, CountryParts parts, HashSet<string> arabicCueWords)
{
    private const double CountryName = 1;
    private const double Demonym = 1;
    private const double DatelinePlace = 2;
    private const double UnambiguousPlace = 0.5;
    private const double NamedRegion = 1;
    private const double PlacedTown = 0.5;
    private const int ContainerGap = 3;
    private const float ProminentPrior = 0.75f;

    /// <param name="doc">The document.</param>
    /// <param name="mentions">Its place mentions.</param>
    /// <param name="hints">What other layers say about the article's countries (actors' home countries).</param>
    public PlaceContext Build(TextDocument doc, ImmutableArray<PlaceMention> mentions, IEnumerable<GeoEvidence> hints)
    {
        // The text's own words, by sentence; what other layers say counts for the article only.
        var said = new List<(int Sentence, GeoEvidence Evidence)>();
        foreach (var match in demonyms.FindAll(doc))
        {
            said.Add((doc.SentenceOf(match.FirstToken), new GeoEvidence(GeoEvidenceKind.Demonym, match.Payload, null, doc.SpanOfTokens(match.FirstToken, match.EndToken), Demonym)));
        }

        PlaceMention? dateline = null;
        foreach (var mention in mentions)
        {
            foreach (var named in Named(mention, dateline is null))
            {
                dateline ??= named.Kind == GeoEvidenceKind.Dateline ? mention : null;
                said.Add((doc.SentenceOf(mention.NameFirstToken), named));
            }
        }

        var neighbours = mentions.Where(m => m.Relation is PlaceRelation.Near or PlaceRelation.Border).Select(m => m.NameSpan).ToHashSet();
        var readAs = ReadAs(said.Select(s => s.Evidence).ToList(), neighbours);
        if (readAs.Count > 0)
        {
            hints = [.. hints.Select(h => Reread(h, readAs))];
            said = [.. said.Select(s => (s.Sentence, Reread(s.Evidence, readAs)))];
        }

        List<GeoEvidence> evidence = [.. hints, .. said.Select(s => s.Evidence)];
        var geography = ArticleGeography.Of(evidence, dateline, gazetteer.Covered.Contains);
        var first = new PlaceContext
        {
            Geography = geography,
            DemonymsReadAs = readAs,
            SentenceEvidence = said.GroupBy(s => s.Sentence)
                .ToImmutableDictionary(g => g.Key, g => g.GroupBy(s => s.Evidence.Country, StringComparer.Ordinal).ToImmutableDictionary(c => c.Key, c => c.Sum(s => s.Evidence.Weight))),
            Containers = Containers(doc, mentions, geography),
            Anchors = [.. Anchors(mentions, geography)],
            SentenceOfMention = mentions.ToImmutableDictionary(m => m.NameFirstToken, m => doc.SentenceOf(m.NameFirstToken)),
        };

        // A name only one country has says nothing of the article when the text puts that place in another country.
        var misplaced = mentions.Where(m => first.Containers.TryGetValue(m.NameFirstToken, out var c) && c.InCountry is not null).ToDictionary(m => m.NameSpan, m => first.Containers[m.NameFirstToken].InCountry!);
        evidence.RemoveAll(e => e.Kind == GeoEvidenceKind.UnambiguousPlace && misplaced.TryGetValue(e.Span, out var country) && country != e.Country);

        // Second pass: the places the first pass resolves clearly anchor the others ("بين بوني وهومبوري"), and say which region the article is in.
        var resolved = Resolved(mentions, first).ToList();
        // They weigh the regions of the frame's countries; they do not bring in a country of their own.
        var towns = resolved.Where(r => r.Place.Admin1Code is not null && geography.FrameCountries.Contains(r.Place.CountryCode) && !evidence.Exists(e => e.Span == r.Mention.NameSpan))
            .Select(r => new GeoEvidence(GeoEvidenceKind.Region, r.Place.CountryCode, r.Place.Admin1Code, r.Mention.NameSpan, PlacedTown));
        var final = ArticleGeography.Of([.. evidence, .. towns], dateline, gazetteer.Covered.Contains);
        return first with
        {
            Geography = final,
            RegionsBySentence = RegionsBySentence(doc, final),
            Anchors = [.. first.Anchors, .. resolved.Select(r => (r.Mention.NameFirstToken, r.Place.Latitude!.Value, r.Place.Longitude!.Value))],
        };
    }

    /// <summary>
    /// The countries whose demonyms stand for another here: a country the text names (by name, place or dateline) only
    /// through a demonym another country's writers use for their own (النيجيري for Niger), while it names that other one.
    /// A country named only as a neighbour (ديفا القريبة من نيجيريا، الحدود مع نيجيريا) is not where the article is.
    /// </summary>
    private ImmutableDictionary<string, string> ReadAs(List<GeoEvidence> said, HashSet<TextSpan> neighbours)
    {
        bool Named(string country, bool asNeighbour) => said.Exists(e => e.Country == country && e.Kind != GeoEvidenceKind.Demonym && (asNeighbour || !neighbours.Contains(e.Span)));
        return confusable.Where(pair => said.Exists(e => e.Country == pair.Key && e.Kind == GeoEvidenceKind.Demonym) && !Named(pair.Key, asNeighbour: false) && Named(pair.Value, asNeighbour: true))
            .ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>A demonym's or an actor's country evidence, read as the country it stands for here.</summary>
    private static GeoEvidence Reread(GeoEvidence evidence, ImmutableDictionary<string, string> readAs) =>
        evidence.Kind is GeoEvidenceKind.Demonym or GeoEvidenceKind.ActorHome && readAs.TryGetValue(evidence.Country, out var meant) ? evidence with { Country = meant } : evidence;

    /// <summary>Per sentence index, admin1 code → weight of the frame's region evidence in that sentence.</summary>
    private static ImmutableDictionary<int, ImmutableDictionary<string, double>> RegionsBySentence(TextDocument doc, ArticleGeography geography)
    {
        var ends = Enumerable.Range(0, doc.Sentences.Length).Select(s => doc.SpanOfSentence(s).End).ToArray();
        return geography.Evidence.Where(e => e.Admin1 is not null && geography.FrameCountries.Contains(e.Country))
            .GroupBy(e => Math.Min(SentenceAt(ends, e.Span.Start), ends.Length - 1))
            .ToImmutableDictionary(g => g.Key, g => g.GroupBy(e => e.Admin1!, StringComparer.Ordinal).ToImmutableDictionary(r => r.Key, r => r.Sum(e => e.Weight), StringComparer.Ordinal));
    }

    private static int SentenceAt(int[] sentenceEnds, int offset)
    {
        var at = Array.BinarySearch(sentenceEnds, offset);
        return at >= 0 ? at + 1 : ~at;
    }

    /// <summary>
    /// What a mention says of the article's country: a country's name (with the regions of the part named, "وسط مالي"), the
    /// dateline, a region, or an exact name only one country has.
    /// </summary>
    private IEnumerable<GeoEvidence> Named(PlaceMention mention, bool datelineOpen)
    {
        if (mention.Candidates.FirstOrDefault(c => c.Place.Kind == PlaceKind.Country) is { } country)
        {
            yield return new GeoEvidence(GeoEvidenceKind.CountryName, country.Place.CountryCode, null, mention.NameSpan, CountryName);
            var regions = parts.Of(country.Place.CountryCode, mention.Direction)?.Regions ?? [];
            foreach (var region in regions)
            {
                yield return new GeoEvidence(GeoEvidenceKind.Region, country.Place.CountryCode, region, mention.Span, NamedRegion / regions.Length);
            }

            yield break;
        }

        if (mention.Dateline && datelineOpen && mention.Candidates.Length > 0)
        {
            // Where the report was filed says the country, not the region the events are in.
            yield return new GeoEvidence(GeoEvidenceKind.Dateline, mention.Candidates[0].Place.CountryCode, null, mention.NameSpan, DatelinePlace);
            yield break;
        }

        // "ولاية تاهوا": a region word before the name of one region names it, whatever villages abroad share the name.
        var regionsNamed = mention.Cue is PlaceCue.Region or PlaceCue.Province ? BestNamed(mention).Where(c => c.Place.Kind == PlaceKind.Admin1).ToList() : [];
        if (regionsNamed.Count == 1 && regionsNamed[0].Place.Admin1Code is { } named)
        {
            yield return new GeoEvidence(GeoEvidenceKind.Region, regionsNamed[0].Place.CountryCode, named, mention.NameSpan, NamedRegion);
            yield break;
        }

        // A name counts when every entry it may be lies in one country, and only through its exact readings; where villages
        // elsewhere share or sound like a capital's name (Bamako), the capital decides. A capital names a government, not the region of the events.
        // The end of a longer capitalised name ("Tumbun Hamma") may be no place at all: it says nothing of the country.
        var exact = mention.ContinuesAName ? [] : mention.Candidates.Where(c => c.IsExact).ToList();
        if (mention.Candidates.Select(c => c.Place.CountryCode).Distinct().Count() > 1)
        {
            exact.RemoveAll(c => c.Place.Kind != PlaceKind.Capital);
        }

        if (exact.Count == 0 || exact.Select(c => c.Place.CountryCode).Distinct().Count() > 1)
        {
            yield break;
        }

        var admin1 = exact.Select(c => c.Place.Admin1Code).Distinct().Count() == 1 && exact.All(c => c.Place.Kind != PlaceKind.Capital) ? exact[0].Place.Admin1Code : null;
        yield return exact.All(c => c.Place.Kind == PlaceKind.Admin1) && admin1 is not null
            ? new GeoEvidence(GeoEvidenceKind.Region, exact[0].Place.CountryCode, admin1, mention.NameSpan, NamedRegion)
            : new GeoEvidence(GeoEvidenceKind.UnambiguousPlace, exact[0].Place.CountryCode, admin1, mention.NameSpan, UnambiguousPlace);
    }

    private IEnumerable<(PlaceMention Mention, GazetteerEntry Place)> Resolved(ImmutableArray<PlaceMention> mentions, PlaceContext context)
    {
        var anchored = context.Anchors.Select(a => a.Mention).ToHashSet();
        foreach (var mention in Anchorable(mentions).Where(m => !anchored.Contains(m.NameFirstToken)))
        {
            var resolution = resolver.Resolve(mention, context, null);
            if (resolution.Kind == PlaceResolutionKind.Resolved && resolution.Candidates[0].Place is { HasCoordinates: true, Kind: PlaceKind.Village or PlaceKind.Town or PlaceKind.Seat } place)
            {
                yield return (mention, place);
            }
        }
    }

    // A region or district names an area, not the town of its name: "بولاية تيلابيري" anchors nothing.
    private static IEnumerable<PlaceMention> Anchorable(ImmutableArray<PlaceMention> mentions) =>
        mentions.Where(m => !m.Dateline && m.Cue is not (PlaceCue.Region or PlaceCue.Province or PlaceCue.District or PlaceCue.Commune));

    /// <summary>"بلدة مارتي بولاية بورنو", "Makalondi in Niger's Tillaberi region": the units named right after a mention contain it.</summary>
    private ImmutableDictionary<int, Container> Containers(TextDocument doc, ImmutableArray<PlaceMention> mentions, ArticleGeography frame)
    {
        var containers = ImmutableDictionary.CreateBuilder<int, Container>();
        for (var k = 0; k < mentions.Length; k++)
        {
            var admin1 = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var partRegions = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var countries = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var inside = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            GazetteerEntry? unit = null;
            string? region = null;
            var end = mentions[k].EndToken;
            for (var j = k + 1; j < mentions.Length && mentions[j].FirstToken - end <= ContainerGap
                 && doc.SentenceOf(mentions[j].NameFirstToken) == doc.SentenceOf(mentions[k].NameFirstToken); j++)
            {
                if (!IsContainer(mentions[j]) && mentions[j].Relation is PlaceRelation.Distance or PlaceRelation.Direction && !mentions[j].Candidates.Any(c => c.Place.Kind == PlaceKind.Country))
                {
                    end = mentions[j].EndToken; // « X (40 km de Y) dans la région de Z »: a yardstick between the place and its unit
                    continue;
                }

                if (!IsContainer(mentions[j]) || Coordinated(doc, mentions[j]))
                {
                    break;
                }

                // Only units and regions contain: a village that sounds like مالي says nothing about where the place is.
                foreach (var candidate in BestNamed(mentions[j]).Where(c => c.Place.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Admin3 or PlaceKind.Area))
                {
                    if (candidate.Place.Admin1Code is { } code && candidate.Place.Kind.IsAdmin())
                    {
                        admin1.Add(code);
                    }

                    countries.UnionWith(candidate.Place.Countries);
                    if (mentions[j].Relation is PlaceRelation.At or PlaceRelation.Direction && (candidate.Place.Kind == PlaceKind.Country || !NamesACountry(mentions[j])))
                    {
                        inside.UnionWith(candidate.Place.Countries); // not « près de la frontière du Mali »: the border or the surroundings of a unit
                    }

                    // A district stands for its seat ("la région d'Ouallam" is coded near Ouallam).
                    unit = Smaller(candidate.Place, unit, frame) is { } smaller && smaller == candidate.Place ? resolver.SeatOf(smaller, mentions[j].Candidates) : unit;
                    if (candidate.Place.Kind == PlaceKind.Country && parts.Of(candidate.Place.CountryCode, mentions[j].Direction) is { } part)
                    {
                        partRegions.UnionWith(part.Regions); // "بولكيسي وسط مالي": in Mopti or Ségou
                        region ??= frame.RegionOf(part);
                    }
                }

                end = mentions[j].EndToken;
            }

            if (countries.Count > 0)
            {
                // « X (région de Y, sud du pays) »: the unit named bounds the place; the part of the country only when no unit is named.
                var fromPart = admin1.Count == 0 && partRegions.Count > 0;
                containers[mentions[k].NameFirstToken] = new Container(fromPart ? partRegions.ToImmutable() : admin1.ToImmutable(), countries.ToImmutable(), unit, region, fromPart)
                {
                    InCountry = inside.Count == 1 ? inside.First() : null,
                };
            }
        }

        // One name is one place in an article: a village told once with its region is in that region each time.
        var byName = mentions.Where(m => containers.ContainsKey(m.NameFirstToken)).GroupBy(m => NameKeys.Compact(m.Surface))
            .ToDictionary(g => g.Key, g => containers[g.First().NameFirstToken], StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => !containers.ContainsKey(m.NameFirstToken)))
        {
            if (byName.TryGetValue(NameKeys.Compact(mention.Surface), out var named))
            {
                containers[mention.NameFirstToken] = named;
            }
        }

        return containers.ToImmutable();
    }

    /// <summary>Of two units in the frame, the smaller: a district says more than its region (the first named of equals).</summary>
    private static GazetteerEntry? Smaller(GazetteerEntry place, GazetteerEntry? unit, ArticleGeography frame) =>
        !place.Kind.IsAdmin() || !place.HasCoordinates || !frame.Covers(place.Countries) ? unit
        : unit is null || Depth(place.Kind) > Depth(unit.Kind) ? place
        : unit;

    private static int Depth(PlaceKind kind) => kind switch
    {
        PlaceKind.Admin1 => 1,
        PlaceKind.Admin2 => 2,
        _ => 3,
    };

    /// <summary>"مالي وبوركينا فاسو وغينيا", "Mali and Niger": a place joined by "and" is listed beside the one before, not around it.</summary>
    private bool Coordinated(TextDocument doc, PlaceMention mention)
    {
        var first = mention.FirstToken;
        if (doc.Tokens[first].Kind == TokenKind.Arabic)
        {
            // "وولاية X" is joined by و; "ولاية X" only starts with the letter.
            var text = doc.TokenText(first);
            return text.StartsWith("و") && (first < mention.NameFirstToken
                ? !arabicCueWords.Contains(text.ToString()) || arabicCueWords.Contains(text[1..].ToString())
                : doc.SpanOfTokens(first, first + 1).Start < mention.NameSpan.Start);
        }

        return first > 0 && doc.TokenText(first - 1) is "and" or "et" or "or" or "ou";
    }

    private static bool IsContainer(PlaceMention mention) =>
        mention.Relation != PlaceRelation.Between && mention.Cue is PlaceCue.Region or PlaceCue.Province or PlaceCue.District or PlaceCue.Country
        || mention.Candidates.Any(c => c.Place.Kind is PlaceKind.Country or PlaceKind.Admin1);

    /// <summary>"Niger" with no place word is the country, not Nigeria's state of that name.</summary>
    private static bool NamesACountry(PlaceMention mention) =>
        mention.Cue is PlaceCue.None or PlaceCue.Country && mention.Candidates.Any(c => c.Place.Kind == PlaceKind.Country && c.NameScore >= 1);

    private static IEnumerable<PlaceCandidate> BestNamed(PlaceMention mention)
    {
        var top = mention.Candidates.Length > 0 ? mention.Candidates.Max(c => c.NameScore) : 0;
        return mention.Candidates.Where(c => c.NameScore >= top - 0.05);
    }

    /// <summary>
    /// Mentions whose place is clear without context: an exact name with one located entry, or
    /// one that far outranks the rest. Capitals are left out: reports name them for their
    /// government, not for what happens near them.
    /// </summary>
    private IEnumerable<(int, double, double)> Anchors(ImmutableArray<PlaceMention> mentions, ArticleGeography frame)
    {
        foreach (var mention in Anchorable(mentions))
        {
            var located = mention.Candidates.Where(c => c.NameScore >= 0.95 && c.Place.HasCoordinates && c.Place.Kind is PlaceKind.Village or PlaceKind.Town or PlaceKind.Seat
                                                        && frame.Covers(c.Place.Countries)).ToList();
            var prominent = located.Where(c => gazetteer.Prior(c.Entry) >= ProminentPrior).ToList();
            var anchor = located.Count == 1 ? located[0] : prominent.Count == 1 ? prominent[0] : null;
            if (anchor is not null)
            {
                yield return (mention.NameFirstToken, anchor.Place.Latitude!.Value, anchor.Place.Longitude!.Value);
            }
        }
    }
}
