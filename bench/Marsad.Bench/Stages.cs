using System.Collections.Immutable;
using Marsad.Actors;
using Marsad.Countries;
using Marsad.Events;
using Marsad.Events.Assembly;
using Marsad.Numbers;
using Marsad.Pipeline;
using Marsad.Places;
using Marsad.Relations;
using Marsad.Resources;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Bench;

/// <summary>
/// The pipeline's stages loaded one by one, so they can be run and measured apart. The order and
/// the inputs follow <c>MarsadPipeline.Layers</c>; event assembly runs on the layers the pipeline
/// itself builds, so it sees exactly what <c>Analyze</c> gives it.
/// </summary>
internal sealed class Stages
{
    private Stages(ResourceStore store)
    {
        Pipeline = MarsadPipeline.Load(store);
        Numbers = Pipeline.Numbers;
        Money = Pipeline.Money;
        Countries = Pipeline.Countries;
        Actors = Pipeline.Actors;
        Persons = Pipeline.Persons;
        Triggers = Pipeline.Triggers;
        Cues = Pipeline.Cues;
        Dates = Pipeline.Dates;
        Geocoder = Pipeline.Geocoder;
        Relations = Pipeline.Relations;
        Syntax = Pipeline.Syntax;
    }

    public MarsadPipeline Pipeline { get; }

    public NumberRecognizer Numbers { get; }

    public MoneyRecognizer Money { get; }

    public CountryCatalog Countries { get; }

    public ActorRecognizer Actors { get; }

    public PersonRecognizer Persons { get; }

    public TriggerRecognizer Triggers { get; }

    public CueRecognizer Cues { get; }

    public DateRecognizer Dates { get; }

    public Geocoder Geocoder { get; }

    public RelationExtractor Relations { get; }

    public SyntaxWords Syntax { get; }

    public static Stages Load() => new(ResourceStore.Embedded);

    /// <summary>The folded text, tokens, sentences and language of an article, as the pipeline makes them.</summary>
    public static TextDocument Document(Article article) => TextDocument.Create(article.Text, LanguageCodes.Parse(article.Lang));

    /// <summary>Segments the proclitics of every token: the recognisers all read them, and the document caches them.</summary>
    public static int Readings(TextDocument doc)
    {
        var count = 0;
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            count += doc.Readings(i).Count;
        }

        return count;
    }

    /// <summary>Place mentions less the words another layer reads, as the pipeline filters them.</summary>
    public ImmutableArray<PlaceMention> Places(TextDocument doc, ImmutableArray<TriggerMention> triggers, ImmutableArray<ActorMention> actors, ImmutableArray<NumberMention> numbers)
    {
        List<(int First, int End)> claimed = [.. triggers.Select(t => (t.FirstToken, t.EndToken)), .. actors.Select(a => (a.FirstToken, a.EndToken)), .. numbers.Select(n => (n.FirstToken, n.EndToken))];
        return [.. Geocoder.Recognize(doc).Where(m => !claimed.Any(c => c.First < m.NameEndToken && m.NameFirstToken < c.End))];
    }

    /// <summary>Every place mention resolved with the pipeline's policy; returns how many resolved.</summary>
    public int Resolve(ImmutableArray<PlaceMention> mentions, PlaceContext context) =>
        mentions.Count(m => !Geocoder.Resolve(m, context).Choose(PlacePolicy.BestGuess).Unresolved);

    /// <summary>The tokens other layers own, which persons are not looked for in.</summary>
    public static bool[] Claimed(TextDocument doc, IEnumerable<(int First, int End)> ranges)
    {
        var claimed = new bool[doc.Tokens.Length];
        foreach (var (first, end) in ranges)
        {
            Array.Fill(claimed, true, first, end - first);
        }

        return claimed;
    }

    /// <summary>The layers' own construction (clause segmentation, token look-ups) from finished layers.</summary>
    public MentionLayers Rebuild(MentionLayers l) =>
        new(l.Doc, l.Reference, l.ArticleCountryPlace, l.Triggers, l.Actors, l.Persons, l.Numbers, l.Money, l.Countries, l.Dates, l.Places, l.Cues, l.Background, Syntax, l.Acts, []) { Geography = l.Geography };
}
