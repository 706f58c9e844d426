using System.Collections.Immutable;
using Marsad.Events.Assembly;
using Marsad.Lexicon;
using Marsad.Places;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>
/// Event triggers from <c>data/lexicon/LANG/triggers.tsv</c>: verbs (with their past-tense
/// inflections), nouns and fixed phrases, each giving an <see cref="Act"/>; clitics are split only
/// where the stem is a trigger (وقتل، فقتلوا، بالهجوم). Latin-script voice and definiteness are read
/// from the function words around the trigger (see <c>TriggerRecognizer.Latin.cs</c>).
/// </summary>
public sealed partial class TriggerRecognizer
{
    // Past-tense endings of Arabic verbs: he, she, they. The duals and "we" are left out: rare in news,
    // and سلبا or قتلا would read adverbs and verbal nouns as verbs.
    private static readonly string[] PastEndings = ["", "ت", "وا"];

    /// <summary>How many words an Arabic verb's subject may take before its object: "قوات مالية تدعمها مروحيات فرنسية".</summary>
    private const int ArabicObjectReach = 8;

    /// <summary>How many words may stand between a trigger and the means that is its subject (مروحية تابعة للجيش كانت تحلق فوق الوادي ... قصفت).</summary>
    private const int MeansReach = 9;

    /// <summary>How many words may come between a Latin verb and its object (articles) or its passive subject (« a été »).</summary>
    private const int LatinReach = 3;
    private readonly Dictionary<Language, PhraseMatcher<Entry>> _matchers;
    private readonly HashSet<string> _notTriggers;
    private readonly SyntaxWords _syntax;
    private readonly ActTable _acts;

    private TriggerRecognizer(Dictionary<Language, PhraseMatcher<Entry>> matchers, HashSet<string> notTriggers, SyntaxWords syntax, ActTable acts)
    {
        _matchers = matchers;
        _notTriggers = notTriggers;
        _syntax = syntax;
        _acts = acts;
    }

    public static TriggerRecognizer Load(ResourceStore store)
    {
        var matchers = new Dictionary<Language, PhraseMatcher<Entry>>();
        var notTriggers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (language, code) in new[] { (Language.Arabic, "ar"), (Language.French, "fr"), (Language.English, "en") })
        {
            var path = $"lexicon/{code}/triggers.tsv";
            if (store.Exists(path))
            {
                var table = TsvTable.Read(store, path, "form", "act", "pos", "forms", "not", "plural", "object");
                matchers[language] = new PhraseMatcher<Entry>(Entries(table, language));
                notTriggers.UnionWith(table.Rows.SelectMany(row => row.List("not")).Select(CharFolding.Fold));
            }
        }

        return new TriggerRecognizer(matchers, notTriggers, SyntaxWords.Load(store), ActTable.Load(store));
    }

    public ImmutableArray<TriggerMention> Recognize(TextDocument doc)
    {
        if (!_matchers.TryGetValue(doc.Language, out var matcher))
        {
            return [];
        }

        var mentions = ImmutableArray.CreateBuilder<TriggerMention>();
        var means = new List<(int FirstToken, int EndToken, Act Act)>();
        var homographs = new Dictionary<int, Act[]>();
        foreach (var group in matcher.FindLongest(doc).GroupBy(m => m.FirstToken))
        {
            if (doc.Readings(group.Key).Any(r => _notTriggers.Contains(r.Stem)))
            {
                continue;
            }

            if (group.First().Payload.Means)
            {
                means.Add((group.Key, group.First().EndToken, group.First().Payload.Act));
                continue;
            }

            // One phrase may be listed as a verb and a noun (قتل): the verb reading first, unless the text's
            // spelling tells them apart (attaque, attaqué).
            var arabic = doc.Language == Language.Arabic;
            var written = doc.OriginalText(doc.SpanOfFolded(group.First().NormStart, group.First().NormEnd));
            var match = group.OrderBy(m => !arabic && !string.Equals(m.Payload.Spelling, written, StringComparison.OrdinalIgnoreCase)).ThenBy(m => m.Payload.Form).First();
            var span = doc.SpanOfFolded(match.NormStart, match.NormEnd);
            var original = doc.OriginalText(span);
            var definite = arabic ? IsArabicDefinite(doc, match) : IsLatinDefinite(doc, match.FirstToken);
            var previous = mentions.Count > 0 && mentions[^1].Form == TriggerForm.Verb && doc.SentenceOf(mentions[^1].FirstToken) == doc.SentenceOf(match.FirstToken) ? mentions[^1] : null;
            var passive = match.Payload.Undergoes || (arabic ? IsVocalisedPassive(original)
                : previous is not null && JoinsPreviousVerb(doc, match.FirstToken) ? previous.IsPassive
                : IsLatinPassive(doc, match.FirstToken, match.Payload.Participle) || match.Payload.Form == TriggerForm.Verb && _acts[match.Payload.Act].Counts is not null && HasNoObject(doc, match.EndToken));
            var readings = group.Where(m => m.EndToken == match.EndToken && m.Payload.Form == match.Payload.Form).Select(m => m.Payload.Act).Distinct().ToArray();
            if (readings.Length > 1)
            {
                homographs[match.FirstToken] = readings;
            }

            mentions.Add(new TriggerMention(match.FirstToken, match.EndToken, span, match.Payload.Act, match.Payload.Form,
                match.Prefix, match.Suffix, match.Payload.Form == TriggerForm.Verb && passive, definite && match.Payload.Form == TriggerForm.Noun)
            {
                IsPlural = match.Payload.Plural,
                IsDual = match.Payload.Dual,
                IsModal = !arabic && match.Payload.Form == TriggerForm.Verb && IsLatinModal(doc, match.FirstToken),
                NeedsPlaceObject = match.Payload.NeedsPlace,
            });
        }

        return ReadHomographs(doc, WithMeans(doc, Compounds(mentions), means), homographs);
    }

    /// <summary>
    /// A word listed for two acts (مسيرة: a drone, or a march; قصف: shelling, or bombing from the air) is read as the act whose
    /// kind another trigger of its sentence tells (a march among protests), else of its article (the bombing of an article
    /// about an air strike), else as the first listed. A reading a means already gave (قصفت مروحية) stays.
    /// </summary>
    private ImmutableArray<TriggerMention> ReadHomographs(TextDocument doc, ImmutableArray<TriggerMention> mentions, Dictionary<int, Act[]> homographs)
    {
        if (homographs.Count == 0)
        {
            return mentions;
        }

        var settled = mentions.Where(m => !homographs.TryGetValue(m.FirstToken, out var readings) || m.Act != readings[0]).ToList();
        var inArticle = settled.Select(m => _acts[m.Act].Family).ToHashSet();
        return [.. mentions.Select(m =>
        {
            if (!homographs.TryGetValue(m.FirstToken, out var readings) || m.Act != readings[0])
            {
                return m;
            }

            var sentence = doc.SentenceOf(m.FirstToken);
            var inSentence = settled.Where(o => doc.SentenceOf(o.FirstToken) == sentence).Select(o => _acts[o.Act].Family).ToHashSet();
            var reading = readings.FirstOrDefault(r => inSentence.Contains(_acts[r].Family), readings.FirstOrDefault(r => inArticle.Contains(_acts[r].Family), readings[0]));
            return m with { Act = reading };
        })];
    }

    /// <summary>
    /// An act told with its means (aircraft: قصفت مروحيات الجيش، القصف بطائرة حربية، « des avions ont bombardé ») is
    /// the act the means says: shelling or an attack carried out by warplanes is an air strike. The means is a verb's subject
    /// before it in the clause, an event noun's before it with no preposition between (شن سلاح الجو هجوما; not "دفع
    /// بمروحيات لملاحقة المهاجمين بعد الهجوم"), or follows the act at once (after a preposition at most); no other trigger and no
    /// relative or subordinate clause stands between.
    /// </summary>
    private ImmutableArray<TriggerMention> WithMeans(TextDocument doc, ImmutableArray<TriggerMention> mentions, List<(int FirstToken, int EndToken, Act Act)> means)
    {
        if (means.Count == 0)
        {
            return mentions;
        }

        var result = mentions.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var trigger = result[i];
            var info = _acts[trigger.Act];
            foreach (var (first, end, act) in means)
            {
                if (!(info.AnyMeans || info.IsRemoteViolence && _acts[act].Precedence < info.Precedence) || doc.SentenceOf(first) != doc.SentenceOf(trigger.FirstToken))
                {
                    continue;
                }

                var before = end <= trigger.FirstToken;
                var (gapStart, gapEnd) = before ? (end, trigger.FirstToken) : (trigger.EndToken, first);
                var between = Enumerable.Range(gapStart, Math.Max(0, gapEnd - gapStart));
                var prepositions = between.Count(t => _syntax.Is(doc.Language, doc.TokenString(t), SyntaxRole.Preposition));
                if (gapEnd - gapStart <= MeansReach && !mentions.Any(m => m.FirstToken >= gapStart && m.FirstToken < gapEnd)
                    && !between.Any(t => _syntax.Is(doc.Language, doc.TokenString(t), SyntaxRole.Subordinate) || _syntax.Is(doc.Language, doc.TokenString(t), SyntaxRole.Relative))
                    && (before ? trigger.Form == TriggerForm.Verb || prepositions == 0 : prepositions == gapEnd - gapStart))
                {
                    result[i] = trigger with { Act = act };
                    break;
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Drops the verbs that tell an event only of a place (recovering weapons or resuming talks is none) where no place is
    /// their object: one must follow in the clause, no other verb and no preposition before it, the subject between in Arabic
    /// ("استعادت قوات مالية تدعمها مروحيات بلدة X") and only an article in Latin script (« ont repris la localité de X »);
    /// a passive's place is its subject, just before it (« Léré a été reprise »).
    /// </summary>
    /// <param name="doc">The document.</param>
    /// <param name="triggers">Every trigger read.</param>
    /// <param name="places">The place mentions, in text order.</param>
    /// <param name="dated">Tokens of date mentions: a date may stand between a Latin verb and its object (« ont repris jeudi Léré »).</param>
    public ImmutableArray<TriggerMention> WithPlaceObjects(TextDocument doc, ImmutableArray<TriggerMention> triggers, ImmutableArray<PlaceMention> places, bool[] dated) =>
        triggers.Any(t => t.NeedsPlaceObject) ? [.. triggers.Where(t => !t.NeedsPlaceObject || HasPlaceObject(doc, t, triggers, places, dated))] : triggers;

    private bool HasPlaceObject(TextDocument doc, TriggerMention verb, ImmutableArray<TriggerMention> triggers, ImmutableArray<PlaceMention> places, bool[] dated)
    {
        var sentence = doc.SentenceOf(verb.FirstToken);
        // A participle read as a passive may be the noun its spelling shares (« la reprise de la ville »): the object is tried too.
        if (doc.Language != Language.Arabic && (TownNamedNear(doc, verb) || verb.IsPassive
                && places.Any(p => p.EndToken <= verb.FirstToken && verb.FirstToken - p.EndToken <= LatinReach
                                   && p.Relation == PlaceRelation.At && p.PrepositionToken < 0 && doc.SentenceOf(p.FirstToken) == sentence)))
        {
            return true;
        }

        // The first place after the verb; a preposition inside the verb's own phrase ("استولى على") does not govern it.
        var next = places.FirstOrDefault(p => p.FirstToken >= verb.EndToken);
        if (next is null || next.Relation != PlaceRelation.At || next.PrepositionToken >= verb.EndToken || doc.SentenceOf(next.FirstToken) != sentence
            || triggers.Any(t => t.Form == TriggerForm.Verb && t.FirstToken >= verb.EndToken && t.FirstToken < next.FirstToken))
        {
            return false;
        }

        var gap = Enumerable.Range(verb.EndToken, next.FirstToken - verb.EndToken);
        return doc.Language == Language.Arabic
            ? gap.Count() <= ArabicObjectReach && !(next.FirstToken > verb.EndToken && _syntax.Is(doc.Language, doc.TokenString(next.FirstToken - 1), SyntaxRole.Preposition))
            : gap.Count(i => !dated[i]) <= LatinReach && gap.All(i => dated[i] || doc.Tokens[i].Kind == TokenKind.Punct || _syntax.Is(doc.Language, doc.TokenString(i), SyntaxRole.Definite) || _syntax.Is(doc.Language, doc.TokenString(i), SyntaxRole.Of));
    }

    /// <summary>« la reprise de la ville », "the town was taken": a definite town noun as the object, or the passive's subject, is a town already named.</summary>
    private bool TownNamedNear(TextDocument doc, TriggerMention verb)
    {
        var first = verb.IsPassive ? verb.FirstToken - LatinReach : verb.EndToken + 1;
        return Enumerable.Range(first, verb.EndToken + LatinReach - first).Any(t => _syntax.IsTownToldBefore(doc, t));
    }

    /// <summary>
    /// An event noun qualified by a weapon right after it (هجمات انتحارية، « attaques kamikazes »), or told with it as its
    /// means (هجوم بطائرات مسيرة), is one trigger: the weapon says what the attack was.
    /// </summary>
    private ImmutableArray<TriggerMention> Compounds(ImmutableArray<TriggerMention>.Builder mentions)
    {
        var result = ImmutableArray.CreateBuilder<TriggerMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var (head, next) = (mentions[i], i + 1 < mentions.Count ? mentions[i + 1] : null);
            if (next is not null && next.FirstToken == head.EndToken && head.Form == TriggerForm.Noun && next.Form != TriggerForm.Verb && next.Prefix is "" or "ب"
                && _acts[next.Act].IsRemoteViolence && _acts[head.Act].Family is ActFamily.Ground or ActFamily.Explosive && _acts[next.Act].Precedence < _acts[head.Act].Precedence)
            {
                result.Add(head with { EndToken = next.EndToken, Span = head.Span.Cover(next.Span), Act = next.Act });
                i++;
                continue;
            }

            result.Add(head);
        }

        return result.ToImmutable();
    }

    private static bool IsArabicDefinite(TextDocument doc, PhraseMatch<Entry> match) =>
        match.Prefix.Contains("ال", StringComparison.Ordinal)
        || doc.TokenText(match.FirstToken).StartsWith("ال", StringComparison.Ordinal)
        || match.Prefix.EndsWith('ل') && doc.TokenText(match.FirstToken).Length > match.Prefix.Length && doc.TokenText(match.FirstToken)[match.Prefix.Length] == 'ل';

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
                "verb" or "verb_form" or "undergo" or "participle" => TriggerForm.Verb,
                "noun" => TriggerForm.Noun,
                "form" or "means" => TriggerForm.Phrase,
                _ => throw row.Fail($"unknown pos '{pos}'"),
            };
            var lemma = row["form"];
            var plurals = row.List("plural").ToHashSet(StringComparer.Ordinal);
            var duals = row.List("dual").ToHashSet(StringComparer.Ordinal);
            var needsPlace = row.Optional("object") switch
            {
                null => false,
                "place" => true,
                var other => throw row.Fail($"unknown object '{other}'"),
            };
            var inflections = form == TriggerForm.Verb && pos != "verb_form" && language == Language.Arabic ? PastEndings.Select(e => lemma + e) : [lemma];
            foreach (var text in inflections.Concat(row.List("forms")))
            {
                yield return (text, new Entry(act, form, plurals.Contains(text), pos == "undergo", pos == "participle", text, needsPlace) { Means = pos == "means", Dual = duals.Contains(text) });
            }
        }
    }

    /// <param name="Act">What the trigger says happened.</param>
    /// <param name="Form">Verb, noun or phrase.</param>
    /// <param name="Plural">A plural noun.</param>
    /// <param name="Undergoes">Its subject undergoes the act (died, ont péri): read as a passive.</param>
    /// <param name="Participle">A past participle: passive unless an auxiliary of the active perfect comes before it (« ont tué »).</param>
    /// <param name="Spelling">The form as listed, accents and all, to tell apart forms that fold alike.</param>
    /// <param name="NeedsPlace">An event only with a place as its object.</param>
    private sealed record Entry(Act Act, TriggerForm Form, bool Plural, bool Undergoes, bool Participle, string Spelling, bool NeedsPlace)
    {
        /// <summary>A means (a warplane), never a trigger itself: it says what the act told beside it was.</summary>
        public bool Means { get; init; }

        /// <summary>A dual noun (هجومين): two incidents.</summary>
        public bool Dual { get; init; }
    }
}
