using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>
/// Event triggers from <c>data/lexicon/LANG/triggers.tsv</c>: verbs (with their past-tense
/// inflections), nouns and fixed phrases, each giving an <see cref="Act"/>; clitics are split only
/// where the stem is a trigger (وقتل، فقتلوا، بالهجوم).
/// </summary>
public sealed class TriggerRecognizer
{
    // Past-tense endings of Arabic verbs: she, they (m), they two, they two (f), they (f), we.
    private static readonly string[] PastEndings = ["", "ت", "وا", "ا", "تا", "ن", "نا"];
    private readonly Dictionary<Language, PhraseMatcher<Entry>> _matchers;

    private TriggerRecognizer(Dictionary<Language, PhraseMatcher<Entry>> matchers) => _matchers = matchers;

    public static TriggerRecognizer Load(ResourceStore store)
    {
        var matchers = new Dictionary<Language, PhraseMatcher<Entry>>();
        foreach (var (language, code) in new[] { (Language.Arabic, "ar"), (Language.French, "fr"), (Language.English, "en") })
        {
            var path = $"lexicon/{code}/triggers.tsv";
            if (store.Exists(path))
            {
                matchers[language] = new PhraseMatcher<Entry>(Entries(TsvTable.Read(store, path, "form", "act", "pos", "forms"), language));
            }
        }

        return new TriggerRecognizer(matchers);
    }

    public ImmutableArray<TriggerMention> Recognize(TextDocument doc)
    {
        if (!_matchers.TryGetValue(doc.Language, out var matcher))
        {
            return [];
        }

        var mentions = ImmutableArray.CreateBuilder<TriggerMention>();
        foreach (var group in matcher.FindLongest(doc).GroupBy(m => m.FirstToken))
        {
            // One phrase may be listed as a verb and a noun (قتل): the verb reading first.
            var match = group.OrderBy(m => m.Payload.Form).First();
            var span = doc.SpanOfFolded(match.NormStart, match.NormEnd);
            var original = doc.OriginalText(span);
            var definite = match.Prefix.Contains("ال", StringComparison.Ordinal)
                || doc.TokenText(match.FirstToken).StartsWith("ال", StringComparison.Ordinal)
                || match.Prefix.EndsWith('ل') && doc.TokenText(match.FirstToken).Length > match.Prefix.Length && doc.TokenText(match.FirstToken)[match.Prefix.Length] == 'ل';
            mentions.Add(new TriggerMention(match.FirstToken, match.EndToken, span, match.Payload.Act, match.Payload.Form,
                match.Prefix, match.Suffix, match.Payload.Form == TriggerForm.Verb && IsVocalisedPassive(original), definite && match.Payload.Form == TriggerForm.Noun));
        }

        return mentions.ToImmutable();
    }

    /// <summary>A past verb written with a damma on one of its first letters (قُتل، اُختُطف) is passive.</summary>
    internal static bool IsVocalisedPassive(string original)
    {
        var letters = 0;
        foreach (var c in original)
        {
            if (c == '\u064F')
            {
                return true;
            }

            if (CharFolding.IsArabicLetter(c) && ++letters > 4)
            {
                return false;
            }
        }

        return false;
    }

    private static IEnumerable<(string, Entry)> Entries(TsvTable table, Language language)
    {
        foreach (var row in table.Rows)
        {
            var act = Enum.TryParse<Act>(row["act"], ignoreCase: true, out var a) ? a : throw row.Fail($"unknown act '{row["act"]}'");
            var pos = row["pos"];
            var form = pos switch
            {
                "verb" => TriggerForm.Verb,
                "noun" => TriggerForm.Noun,
                "form" => TriggerForm.Phrase,
                _ => throw row.Fail($"unknown pos '{pos}'"),
            };
            var lemma = row["form"];
            var inflections = form == TriggerForm.Verb && language == Language.Arabic ? PastEndings.Select(e => lemma + e) : [lemma];
            foreach (var text in inflections.Concat(row.List("forms")))
            {
                yield return (text, new Entry(act, form));
            }
        }
    }

    private sealed record Entry(Act Act, TriggerForm Form);
}
