using Marsad.Resources;
using Marsad.Tests.Golden;
using Marsad.Text;

namespace Marsad.Tests.Actors;

/// <summary>
/// No common word, place or group name is ever a person: every Arabic word of the lexicons and every Arabic name of the
/// gazetteer, after a title ("قال القيادي X إن"), must not come out alone as a person. Words that given_names.tsv lists
/// as names are left out: they are names too; so are the places named after a person (سيدي يعقوب، حاسي خليفة), with a
/// listed name among their words: after a title they are that person.
/// </summary>
public sealed class PersonGuardTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const int SentencesPerArticle = 120;

    [Fact]
    public void Recognize_LexiconAndGazetteerWordsAfterATitle_AreNeverAPerson()
    {
        var store = ResourceStore.Embedded;
        var names = TsvTable.Read(store, "lexicon/ar/given_names.tsv", "name_ar").Rows.Select(r => CharFolding.Fold(r["name_ar"])).ToHashSet(StringComparer.Ordinal);
        var words = new[] { ("stopwords", "word"), ("not_names", "word"), ("actor_nouns", "form"), ("person_cues", "phrase"), ("relation_cues", "phrase"), ("cues", "phrase"), ("hedges", "phrase") }
            .SelectMany(file => TsvTable.Read(store, $"lexicon/ar/{file.Item1}.tsv", file.Item2).Rows.Select(r => r[file.Item2]))
            .Concat(TsvTable.Read(store, "lexicon/ar/triggers.tsv", "form").Rows.SelectMany(r => r.List("forms").Prepend(r["form"])))
            .Concat(TsvTable.Read(store, "actors/actors.tsv", "aliases_ar").Rows.SelectMany(r => r.List("aliases_ar")))
            .Concat(TsvTable.Read(store, "countries.tsv", "names_ar").Rows.SelectMany(r => r.List("names_ar")))
            .Concat(TsvTable.Read(store, "geo/places.tsv", "names_ar").Rows.SelectMany(r => r.List("names_ar")).Where(w => !w.Split(' ').Any(part => names.Contains(CharFolding.Fold(part)))))
            .Where(w => w.Any(c => c is >= '\u0621' and <= '\u064A') && !w.Contains('{', StringComparison.Ordinal) && !names.Contains(CharFolding.Fold(w)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var persons = new List<string>();
        foreach (var chunk in words.Chunk(SentencesPerArticle))
        {
            var doc = TextDocument.Create(string.Join("\n", chunk.Select(w => $"قال القيادي {w} إن الوضع هادئ.")), Language.Arabic);
            var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5));
            persons.AddRange(layers.Persons.Select(p => doc.OriginalText(p.Span)).Where(chunk.Contains));
        }

        Assert.True(words.Count > 4000, $"{words.Count} words");
        Assert.True(persons.Count == 0, $"{persons.Count} of {words.Count} words read as persons: {string.Join("، ", persons.Distinct().Take(40))}");
    }
}
