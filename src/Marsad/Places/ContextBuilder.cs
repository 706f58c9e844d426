using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>Gathers an article's country evidence, the containers of its mentions and its anchor places.</summary>
internal sealed class ContextBuilder(Gazetteer gazetteer, PhraseMatcher<string> demonyms, PlaceResolver resolver)
{
    private const double CountryName = 1;
    private const double Demonym = 1;
    private const double DatelinePlace = 2;
    private const double UnambiguousPlace = 0.5;
    private const int ContainerGap = 3;

    public PlaceContext Build(TextDocument doc, ImmutableArray<PlaceMention> mentions)
    {
        var evidence = new Evidence();
        foreach (var match in demonyms.FindAll(doc))
        {
            evidence.Add(doc.SentenceOf(match.FirstToken), match.Payload, Demonym);
        }

        PlaceMention? dateline = null;
        foreach (var mention in mentions)
        {
            var sentence = doc.SentenceOf(mention.NameFirstToken);
            if (mention.Candidates.FirstOrDefault(c => c.Place.Kind == PlaceKind.Country) is { } country)
            {
                evidence.Add(sentence, country.Place.CountryCode, CountryName);
            }
            else if (mention.Dateline && mention.Candidates.Length > 0)
            {
                dateline = mention;
                evidence.Add(sentence, mention.Candidates[0].Place.CountryCode, DatelinePlace);
            }
            else if (mention.Candidates.Select(c => c.Place.CountryCode).Distinct().Count() == 1 && mention.Candidates.Length > 0)
            {
                evidence.Add(sentence, mention.Candidates[0].Place.CountryCode, UnambiguousPlace);
            }
        }

        var first = new PlaceContext
        {
            CountryEvidence = evidence.Article.ToImmutableDictionary(),
            MainCountry = evidence.Article.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault(),
            Dateline = dateline,
            DatelineCountry = dateline?.Candidates[0].Place.CountryCode,
            SentenceEvidence = evidence.BySentence.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableDictionary()),
            Containers = Containers(doc, mentions),
            Anchors = [.. Anchors(mentions)],
            SentenceOfMention = mentions.ToImmutableDictionary(m => m.NameFirstToken, m => doc.SentenceOf(m.NameFirstToken)),
        };

        // Second pass: the places the first pass resolves clearly anchor the others ("بين بوني وهومبوري").
        return first with { Anchors = [.. first.Anchors, .. Resolved(mentions, first)] };
    }

    private IEnumerable<(int, double, double)> Resolved(ImmutableArray<PlaceMention> mentions, PlaceContext context)
    {
        var anchored = context.Anchors.Select(a => a.Mention).ToHashSet();
        foreach (var mention in Anchorable(mentions).Where(m => !anchored.Contains(m.NameFirstToken)))
        {
            var resolution = resolver.Resolve(mention, context, null);
            if (resolution.Kind == PlaceResolutionKind.Resolved && resolution.Candidates[0].Place is { HasCoordinates: true, Kind: PlaceKind.Village or PlaceKind.Town or PlaceKind.Seat } place)
            {
                yield return (mention.NameFirstToken, place.Latitude!.Value, place.Longitude!.Value);
            }
        }
    }

    // A region or district names an area, not the town of its name: "بولاية تيلابيري" anchors nothing.
    private static IEnumerable<PlaceMention> Anchorable(ImmutableArray<PlaceMention> mentions) =>
        mentions.Where(m => !m.Dateline && m.Cue is not (PlaceCue.Region or PlaceCue.Province or PlaceCue.District or PlaceCue.Commune));

    /// <summary>"بلدة مارتي بولاية بورنو", "Makalondi in Niger's Tillaberi region": the units named right after a mention contain it.</summary>
    private static ImmutableDictionary<int, Container> Containers(TextDocument doc, ImmutableArray<PlaceMention> mentions)
    {
        var containers = ImmutableDictionary.CreateBuilder<int, Container>();
        for (var k = 0; k < mentions.Length; k++)
        {
            var admin1 = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var countries = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var end = mentions[k].EndToken;
            for (var j = k + 1; j < mentions.Length && mentions[j].FirstToken - end <= ContainerGap
                 && doc.SentenceOf(mentions[j].NameFirstToken) == doc.SentenceOf(mentions[k].NameFirstToken); j++)
            {
                if (!IsContainer(mentions[j]))
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
                }

                end = mentions[j].EndToken;
            }

            if (countries.Count > 0)
            {
                containers[mentions[k].NameFirstToken] = new Container(admin1.ToImmutable(), countries.ToImmutable());
            }
        }

        return containers.ToImmutable();
    }

    private static bool IsContainer(PlaceMention mention) =>
        mention.Cue is PlaceCue.Region or PlaceCue.Province or PlaceCue.District or PlaceCue.Country
        || mention.Candidates.Any(c => c.Place.Kind is PlaceKind.Country or PlaceKind.Admin1);

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
    private IEnumerable<(int, double, double)> Anchors(ImmutableArray<PlaceMention> mentions)
    {
        foreach (var mention in Anchorable(mentions))
        {
            var located = mention.Candidates.Where(c => c.NameScore >= 0.95 && c.Place.HasCoordinates && c.Place.Kind is PlaceKind.Village or PlaceKind.Town or PlaceKind.Seat).ToList();
            var prominent = located.Where(c => gazetteer.Prior(c.Entry) >= 0.75f).ToList();
            var anchor = located.Count == 1 ? located[0] : prominent.Count == 1 ? prominent[0] : null;
            if (anchor is not null)
            {
                yield return (mention.NameFirstToken, anchor.Place.Latitude!.Value, anchor.Place.Longitude!.Value);
            }
        }
    }

    private sealed class Evidence
    {
        public Dictionary<string, double> Article { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, Dictionary<string, double>> BySentence { get; } = [];

        public void Add(int sentence, string country, double weight)
        {
            Article[country] = Article.GetValueOrDefault(country) + weight;
            if (!BySentence.TryGetValue(sentence, out var counts))
            {
                counts = new Dictionary<string, double>(StringComparer.Ordinal);
                BySentence[sentence] = counts;
            }

            counts[country] = counts.GetValueOrDefault(country) + weight;
        }
    }
}
