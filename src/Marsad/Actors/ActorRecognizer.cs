using System.Collections.Immutable;
using Marsad.Events.Assembly;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Actors;

/// <summary>
/// Actor mentions in one pass: catalogued actors by any alias, nouns naming a kind of actor
/// (مسلحون، جنود، مدنيين), and definite nouns that refer back to the last group named (التنظيم).
/// Overlaps go to the longest match: <c>الجيش المالي</c> is the Malian army, not "the army".
/// </summary>
public sealed class ActorRecognizer
{
    private readonly PhraseMatcher<Entry> _matcher;
    private readonly SyntaxWords _syntax;

    private ActorRecognizer(ActorCatalog catalog, PhraseMatcher<Entry> matcher, SyntaxWords syntax)
    {
        Catalog = catalog;
        _matcher = matcher;
        _syntax = syntax;
    }

    public ActorCatalog Catalog { get; }

    public static ActorRecognizer Load(ResourceStore store, ActorCatalog catalog)
    {
        var entries = new List<(string, Entry)>();
        entries.AddRange(catalog.Aliases.Select(a => (a.Alias, new Entry(a.Actor, ActorRole.Named, NounNumber.Singular, []))));
        foreach (var language in new[] { "ar", "fr", "en" })
        {
            var path = $"lexicon/{language}/actor_nouns.tsv";
            if (!store.Exists(path))
            {
                continue;
            }

            foreach (var row in TsvTable.Read(store, path, "form", "role", "number").Rows)
            {
                var role = Enum.TryParse<ActorRole>(row["role"], ignoreCase: true, out var r) && r != ActorRole.Named ? r : throw row.Fail($"unknown role '{row["role"]}'");
                var number = row["number"] switch
                {
                    "sg" => NounNumber.Singular,
                    "pl" => NounNumber.Plural,
                    "dual" => NounNumber.Dual,
                    "pl_or_dual" => NounNumber.PluralOrDual,
                    "installation" => NounNumber.Installation,
                    var other => throw row.Fail($"unknown number '{other}'"),
                };
                entries.Add((row["form"], new Entry(null, role, number, [])));
            }
        }

        foreach (var row in TsvTable.Read(store, "lexicon/actor_anaphora.tsv", "form", "kinds").Rows)
        {
            entries.Add((row["form"], new Entry(null, ActorRole.Named, NounNumber.Singular, [.. row.List("kinds")])));
        }

        return new ActorRecognizer(catalog, new PhraseMatcher<Entry>(entries), SyntaxWords.Load(store));
    }

    public ImmutableArray<ActorMention> Recognize(TextDocument doc)
    {
        var mentions = ImmutableArray.CreateBuilder<ActorMention>();
        var lastByKind = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var lastByHead = new Dictionary<string, Actor>(StringComparer.Ordinal);
        Actor? lastNamed = null;
        foreach (var group in Longest(doc).GroupBy(m => m.FirstToken))
        {
            // Several entries can share one phrase (an alias of two actors): the named one first.
            var match = group.OrderBy(m => m.Payload.Actor is null).First();
            var entry = match.Payload;
            var span = doc.SpanOfFolded(match.NormStart, match.NormEnd);
            if (entry.Actor is { } actor)
            {
                mentions.Add(new ActorMention(match.FirstToken, match.EndToken, span, match.Prefix, ActorRole.Named, actor, NounNumber.Singular));
                if (NamesPatron(doc, match))
                {
                    continue;
                }

                lastByKind[actor.Kind] = actor;
                lastByHead[HeadNoun(doc, match)] = actor;
                lastNamed = actor;
            }
            else if (entry.AnaphorKinds.Length > 0)
            {
                // "الجماعة" goes back to the last group named "جماعة …", even past an apposition ("فرع تنظيم القاعدة").
                var referent = lastByHead.GetValueOrDefault(AnaphorHead(doc, match)) is { } sameHead && entry.AnaphorKinds.Contains(sameHead.Kind)
                    ? sameHead
                    : lastNamed is not null && entry.AnaphorKinds.Contains(lastNamed.Kind)
                        ? lastNamed
                        : entry.AnaphorKinds.Select(k => lastByKind.GetValueOrDefault(k)).FirstOrDefault(a => a is not null);
                if (referent is not null)
                {
                    mentions.Add(new ActorMention(match.FirstToken, match.EndToken, span, match.Prefix, ActorRole.Named, referent, NounNumber.Singular, IsAnaphor: true));
                }
                else if (StateForceNounEnding(doc, match) is { } noun)
                {
                    // "the army said its troops …": with no named force to go back to, the troops are still the country's troops. Not
                    // "its fighters" of a group never named: who they are is what the anaphor was to tell.
                    mentions.Add(new ActorMention(noun.FirstToken, noun.EndToken, doc.SpanOfFolded(noun.NormStart, noun.NormEnd), noun.Prefix, noun.Payload.Role, null, noun.Payload.Number));
                }
            }
            else
            {
                var number = entry.Number == NounNumber.PluralOrDual && IsDual(doc, match) ? NounNumber.Dual : entry.Number;
                mentions.Add(new ActorMention(match.FirstToken, match.EndToken, span, match.Prefix, entry.Role, null, number));
            }
        }

        return MergeBranches(doc, mentions.ToImmutable());
    }

    /// <summary>
    /// The leftmost-longest matches, but a group's name that begins inside an anaphor and runs past it wins over the
    /// anaphor: « le Groupe de soutien à l'islam et aux musulmans » is JNIM, not "the group" last named.
    /// </summary>
    private IEnumerable<PhraseMatch<Entry>> Longest(TextDocument doc)
    {
        var end = 0;
        var inside = new List<PhraseMatch<Entry>>();
        foreach (var match in _matcher.FindLongest(doc))
        {
            if (match.FirstToken < end)
            {
                continue;
            }

            inside.Clear();
            if (match.Payload.AnaphorKinds.Length > 0)
            {
                MatchesInside(doc, match, inside);
            }

            var names = inside.Where(m => m.Payload.Actor is not null && m.EndToken > match.EndToken).ToList();
            if (names.Count == 0)
            {
                yield return match;
                continue;
            }

            var first = names.Min(m => m.FirstToken);
            var longest = names.Where(m => m.FirstToken == first).Max(m => m.EndToken);
            end = longest;
            foreach (var name in names.Where(m => m.FirstToken == first && m.EndToken == longest))
            {
                yield return name;
            }
        }
    }

    /// <summary>Adds to <paramref name="inside"/> every lexicon match that starts inside <paramref name="outer"/>, after its first word.</summary>
    private void MatchesInside(TextDocument doc, PhraseMatch<Entry> outer, List<PhraseMatch<Entry>> inside)
    {
        for (var i = outer.FirstToken + 1; i < outer.EndToken; i++)
        {
            _matcher.FindAt(doc, i, inside);
        }
    }

    /// <summary>The state-force noun an anaphor ends with ("troops" in "its troops"), if the lexicon has it on its own.</summary>
    private PhraseMatch<Entry>? StateForceNounEnding(TextDocument doc, PhraseMatch<Entry> anaphor)
    {
        var inside = new List<PhraseMatch<Entry>>();
        MatchesInside(doc, anaphor, inside);
        return inside.Where(m => m.EndToken == anaphor.EndToken && m.Payload is { Actor: null, AnaphorKinds.Length: 0, Role: ActorRole.Military or ActorRole.Police or ActorRole.Security })
            .Select(m => (PhraseMatch<Entry>?)m).FirstOrDefault();
    }

    /// <summary>
    /// "JNIM, al Qaeda's Sahel affiliate", « le GSIM, affilié à al-Qaïda »: a group named as another's
    /// patron is not the one "the group" or "its fighters" go back to.
    /// </summary>
    private bool NamesPatron(TextDocument doc, PhraseMatch<Entry> match)
    {
        if (doc.Language == Language.Arabic)
        {
            return false;
        }

        if (doc.IsPunct(match.EndToken, '\'') && match.EndToken + 1 < doc.Tokens.Length && doc.TokenText(match.EndToken + 1) is "s")
        {
            return true;
        }

        var before = match.FirstToken - 1;
        while (before >= 0 && (doc.IsPunct(before, '\'') || doc.Tokens[before].IsWord && _syntax.Is(doc.Language, doc.TokenString(before), SyntaxRole.Definite)))
        {
            before--;
        }

        return before >= 0 && doc.Tokens[before].IsWord
            && (_syntax.Is(doc.Language, doc.TokenString(before), SyntaxRole.Belonging)
                || before > 0 && _syntax.Is(doc.Language, doc.TokenString(before), SyntaxRole.Preposition) && _syntax.Is(doc.Language, doc.TokenString(before - 1), SyntaxRole.Belonging));
    }

    /// <summary>
    /// "تنظيم الدولة الإسلامية – ولاية غرب أفريقيا": a group followed by a dash and one of its
    /// branches (or a sibling branch) names the branch.
    /// </summary>
    private ImmutableArray<ActorMention> MergeBranches(TextDocument doc, ImmutableArray<ActorMention> mentions)
    {
        var merged = ImmutableArray.CreateBuilder<ActorMention>(mentions.Length);
        for (var i = 0; i < mentions.Length; i++)
        {
            var current = mentions[i];
            if (i + 1 < mentions.Length && current.Actor is { } whole && mentions[i + 1] is { Actor: { } branch } next
                && next.FirstToken == current.EndToken + 1 && doc.IsPunct(current.EndToken, '-') && SameFamily(whole, branch))
            {
                merged.Add(next with { FirstToken = current.FirstToken, Span = current.Span.Cover(next.Span), Prefix = current.Prefix });
                i++;
                continue;
            }

            merged.Add(current);
        }

        return merged.ToImmutable();
    }

    private bool SameFamily(Actor a, Actor b) =>
        Catalog.IsWithin(b, a) || (a.ParentId is not null && Catalog.ById(a.ParentId) is { } parent && Catalog.IsWithin(b, parent));

    /// <summary>The first word of a mention without its article or clitics: جماعة for "لجماعة نصرة …" and "الجماعة".</summary>
    private static string HeadNoun(TextDocument doc, PhraseMatch<Entry> match)
    {
        var head = doc.Folded[match.NormStart..doc.Tokens[match.FirstToken].NormEnd];
        return head.StartsWith("ال", StringComparison.Ordinal) && head.Length > 3 ? head[2..] : head;
    }

    /// <summary>The noun an anaphor repeats: its first word in Arabic (الجماعة), its last after a determiner in French and English (le groupe, the group).</summary>
    private static string AnaphorHead(TextDocument doc, PhraseMatch<Entry> match) =>
        doc.Language == Language.Arabic ? HeadNoun(doc, match) : doc.TokenString(match.EndToken - 1);

    // مدنيَّين: a fatha on the letter before the final ين marks the dual (a kasra, the plural); so does a following اثنين.
    private static bool IsDual(TextDocument doc, PhraseMatch<Entry> match)
    {
        var original = doc.OriginalText(doc.SpanOfTokens(match.FirstToken, match.EndToken));
        var i = original.Length - 1;
        i = SkipMarks(original, i);
        if (i > 0 && original[i] == 'ن' && SkipMarks(original, i - 1) is var ya && ya > 0 && original[ya] == 'ي')
        {
            var marks = original[(SkipMarks(original, ya - 1) + 1)..ya];
            if (marks.Contains('\u064E', StringComparison.Ordinal) && !marks.Contains('\u0650', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return match.EndToken < doc.Tokens.Length && doc.TokenText(match.EndToken) is "اثنين" or "اثنان" or "اثنتين";
    }

    private static int SkipMarks(string text, int index)
    {
        while (index >= 0 && CharFolding.IsArabicMark(text[index]))
        {
            index--;
        }

        return index;
    }

    private sealed record Entry(Actor? Actor, ActorRole Role, NounNumber Number, ImmutableArray<string> AnaphorKinds);
}
