using System.Collections.Immutable;
using Marsad.Events.Assembly;
using Marsad.Lexicon;
using Marsad.Text;

namespace Marsad.Actors;

public sealed partial class PersonRecognizer
{
    private const int MaxLatinNameWords = 6;

    /// <summary>
    /// French and English persons after a cue: « un commandant militaire du FLA, Alhousseyni Ag Bakrène »,
    /// "JAS leader Abubakar Shekau", "a commander of ISWAP (ISWAP), identified as Abu Maryam al-Barnawi".
    /// A known person after a title takes the title's role and group.
    /// </summary>
    private ImmutableArray<PersonMention> RecognizeLatin(TextDocument doc, List<PersonMention> found, bool[] taken, List<PhraseMatch<PersonRole?>> cues,
        ImmutableArray<ActorMention> actors, Dictionary<int, ActorMention> actorAt)
    {
        foreach (var cue in cues)
        {
            Array.Fill(taken, true, cue.FirstToken, cue.TokenCount);
        }

        (PersonRole Role, Actor? Group, int End, bool Lists)? lastRole = null;
        foreach (var cue in cues)
        {
            // Adjectives after the title: "commandant militaire", "chef jihadiste".
            var next = cue.EndToken;
            while (next < doc.Tokens.Length && next - cue.EndToken < 2 && doc.Tokens[next].Kind == TokenKind.Latin && !IsCapitalized(doc, next)
                   && !_syntax.Is(doc.Language, doc.TokenString(next), SyntaxRole.Of))
            {
                next++;
            }

            Actor? group;
            if (GroupOf(doc, next, actorAt) is { } of)
            {
                (group, next) = (of.Actor, ListedGroupsEnd(doc, of.EndToken, actorAt));
            }
            else
            {
                next = cue.EndToken;
                group = actors.LastOrDefault(a => a.EndToken == cue.FirstToken && a.Actor is { IsTemplate: false })?.Actor;
            }

            next = SkipPunctuation(doc, SkipParenthesis(doc, next), ",–-«»\"“”");
            var role = cue.Payload;
            var lists = IsListTitle(doc, cue);
            if (role is { } title && title != PersonRole.Other)
            {
                lastRole = (title, group, next, lists);
            }
            else if (role == PersonRole.Other && lastRole is { } before && cue.FirstToken - before.End <= 1)
            {
                (role, group, lists) = (before.Role, before.Group, before.Lists);
            }

            if (role is not { } known || known == PersonRole.Other && group is null)
            {
                continue;
            }

            var knownIndex = found.FindIndex(p => p.Known is not null && p.FirstToken == next);
            if (knownIndex >= 0)
            {
                found[knownIndex] = found[knownIndex] with { Role = known, Group = group ?? found[knownIndex].Group };
            }
            else if (ReadLatinName(doc, next, taken) is { } name)
            {
                Array.Fill(taken, true, name.First, name.End - name.First);
                found.Add(Mention(doc, (name.First, name.End, 0), known, group));
                for (var more = lists ? NextListedName(doc, name.End, taken) : null; more is { } listed; more = NextListedName(doc, listed.End, taken))
                {
                    Array.Fill(taken, true, listed.First, listed.End - listed.First);
                    found.Add(Mention(doc, (listed.First, listed.End, 0), known, group));
                }
            }
            else if (known != PersonRole.Other && group is not null && ApposedNameBefore(doc, cue.FirstToken, taken) is { } apposed)
            {
                Array.Fill(taken, true, apposed.First, apposed.End - apposed.First);
                found.Add(Mention(doc, (apposed.First, apposed.End, 0), known, group));
            }
        }

        found.AddRange(LaterLatinMentions(doc, found, taken));
        return [.. LinkedToCatalogued(doc, found).OrderBy(p => p.FirstToken)];
    }

    /// <summary>
    /// "JAS leader, Doe … John Doe": a one-word name read after a title is the catalogued person the article names in full with that
    /// last word, when only one such person is named.
    /// </summary>
    private static IEnumerable<PersonMention> LinkedToCatalogued(TextDocument doc, List<PersonMention> found)
    {
        var byLastWord = found.Where(p => p.Known is not null && p.EndToken - p.FirstToken >= 2).GroupBy(p => doc.TokenString(p.EndToken - 1))
            .Where(same => same.Select(p => p.Known!.Id).Distinct().Count() == 1).ToDictionary(same => same.Key, same => same.First(), StringComparer.Ordinal);
        return found.Select(p => p.Known is null && p.EndToken - p.FirstToken == 1 && byLastWord.TryGetValue(doc.TokenString(p.FirstToken), out var full)
            ? p with { Name = full.Name, Known = full.Known, Group = p.Group ?? full.Group }
            : p);
    }

    /// <summary>
    /// "… identified as Jane Doe. Doe later became …": a name no catalogue holds, read once after its title, is the same person
    /// where the text repeats it in full or by its last word alone, with no title of its own there.
    /// </summary>
    private static IEnumerable<PersonMention> LaterLatinMentions(TextDocument doc, List<PersonMention> found, bool[] taken)
    {
        var read = found.Where(p => p.Known is null && p.EndToken - p.FirstToken >= 2).ToList();
        var byLastWord = new Dictionary<string, PersonMention>(StringComparer.Ordinal);
        foreach (var person in read)
        {
            byLastWord.TryAdd(doc.TokenString(person.EndToken - 1), person);
        }

        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            if (taken[i] || doc.Tokens[i].Kind != TokenKind.Latin || !IsCapitalized(doc, i))
            {
                continue;
            }

            var full = read.FirstOrDefault(p => p.FirstToken < i && i + p.EndToken - p.FirstToken <= doc.Tokens.Length
                                                && Enumerable.Range(0, p.EndToken - p.FirstToken).All(k => !taken[i + k] && doc.TokenString(i + k) == doc.TokenString(p.FirstToken + k)));
            var end = full is null ? i + 1 : i + full.EndToken - full.FirstToken;
            var person = full ?? (byLastWord.TryGetValue(doc.TokenString(i), out var surnamed) && surnamed.FirstToken < i && !InLongerName(doc, i) ? surnamed : null);
            if (person is not null)
            {
                yield return person with { FirstToken = i, EndToken = end, Span = doc.SpanOfTokens(i, end), Role = null };
                i = end - 1;
            }
        }
    }

    /// <summary>A capitalised word with another capitalised word or a hyphen right beside it is part of some longer name.</summary>
    private static bool InLongerName(TextDocument doc, int token) =>
        token > 0 && (doc.Tokens[token - 1].Kind == TokenKind.Latin && IsCapitalized(doc, token - 1) || doc.IsPunct(token - 1, '-'))
        || token + 1 < doc.Tokens.Length && (doc.Tokens[token + 1].Kind == TokenKind.Latin && IsCapitalized(doc, token + 1) || doc.IsPunct(token + 1, '-'));

    // How many words (articles, adjectives) may sit between an apposition's comma and its title: ", the purported leader of".
    private const int ApposedTitleWords = 3;

    /// <summary>
    /// "Jane Doe, the leader of G", « Jean Dupont, un cadre du G »: an uncatalogued name right before the comma that opens its
    /// title. It needs two words of a name or a name particle (Ag, Ould, al-); a sentence's first word is a name word only in a
    /// longer name, since any word opens a sentence capitalised.
    /// </summary>
    private (int First, int End)? ApposedNameBefore(TextDocument doc, int title, bool[] taken)
    {
        var comma = title - 1;
        while (comma >= 0 && title - comma <= ApposedTitleWords + 1 && !doc.IsComma(comma)
               && (doc.Tokens[comma].Kind == TokenKind.Latin && !IsCapitalized(doc, comma) || doc.IsPunct(comma, '\'') || doc.IsPunct(comma, '’')))
        {
            comma--;
        }

        if (comma <= 0 || !doc.IsComma(comma))
        {
            return null;
        }

        var first = comma;
        var words = 0;
        while (first > 0 && words < MaxLatinNameWords && doc.SentenceOf(first - 1) == doc.SentenceOf(comma) && !taken[first - 1])
        {
            var previous = first - 1;
            if (doc.Tokens[previous].Kind == TokenKind.Latin && (IsCapitalized(doc, previous) || _particles.Contains(doc.TokenString(previous))))
            {
                (first, words) = (previous, words + 1);
            }
            else if (doc.IsPunct(previous, '-') && !doc.Tokens[previous].SpaceBefore && !doc.Tokens[first].SpaceBefore && words > 0)
            {
                first = previous;
            }
            else
            {
                break;
            }
        }

        var opensSentence = first == 0 || doc.SentenceOf(first - 1) != doc.SentenceOf(first);
        if (opensSentence && words == 2 && !Enumerable.Range(first, comma - first).Any(t => _particles.Contains(doc.TokenString(t)) || doc.IsPunct(t, '-')))
        {
            (first, words) = (first + 1, 1);
        }

        var particle = Enumerable.Range(first, comma - first).Any(t => _particles.Contains(doc.TokenString(t)));
        return words >= 2 || particle && words >= 1 ? ReadLatinName(doc, first, taken) is { } name && name.End == comma ? name : null : null;
    }

    /// <summary>A plural title ("leaders of G", « les chefs du G »), which may name several persons after it.</summary>
    private bool IsListTitle(TextDocument doc, PhraseMatch<PersonRole?> cue) =>
        _listTitles.Contains(string.Join(' ', Enumerable.Range(cue.FirstToken, cue.TokenCount).Select(doc.TokenString)));

    /// <summary>"leaders of G, identified as X and Y", « les chefs X, Y et Z »: the name after a comma or "and" that ends the one before.</summary>
    private (int First, int End)? NextListedName(TextDocument doc, int end, bool[] taken)
    {
        var next = SkipPunctuation(doc, end, ",");
        var joined = next > end;
        if (next < doc.Tokens.Length && _syntax.Is(doc.Language, doc.TokenString(next), SyntaxRole.And))
        {
            (next, joined) = (next + 1, true);
        }

        return joined ? ReadLatinName(doc, next, taken) : null;
    }

    /// <summary>
    /// « Ancien membre du MNLA, puis d'Ansar Dine, X », "a former member of the MNLA and then of Ansar Dine, X": further groups
    /// of the same title, joined by "then" or "and", come before the name; the title keeps its first group.
    /// </summary>
    private int ListedGroupsEnd(TextDocument doc, int index, Dictionary<int, ActorMention> actorAt)
    {
        while (true)
        {
            var joint = SkipPunctuation(doc, index, ",");
            var words = 0;
            while (joint < doc.Tokens.Length && words < 2 && _syntax.Is(doc.Language, doc.TokenString(joint), SyntaxRole.And))
            {
                (joint, words) = (joint + 1, words + 1);
            }

            if (words == 0 || GroupOf(doc, joint, actorAt) is not { } listed)
            {
                return index;
            }

            index = listed.EndToken;
        }
    }

    /// <summary>"of ISWAP", « du FLA », « de l'État islamique »: the group a title belongs to.</summary>
    private ActorMention? GroupOf(TextDocument doc, int index, Dictionary<int, ActorMention> actorAt)
    {
        if (index >= doc.Tokens.Length || !_syntax.Is(doc.Language, doc.TokenString(index), SyntaxRole.Of))
        {
            return null;
        }

        // The article may sit between: « de l'Azawad », "of the group".
        for (var t = index + 1; t <= index + 3 && t < doc.Tokens.Length; t++)
        {
            if (actorAt.TryGetValue(t, out var group) && group.Actor is { IsTemplate: false })
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>
    /// A Latin-script name: capitalised words and the particles of <c>name_particles.tsv</c>, joined by
    /// hyphens (al-Barnawi); it never ends on a particle and needs one capitalised word that is not one.
    /// A word another layer claimed stops it, unless a particle comes just before.
    /// </summary>
    private (int First, int End)? ReadLatinName(TextDocument doc, int start, bool[] taken)
    {
        var end = start;
        var words = 0;
        while (end < doc.Tokens.Length && words < MaxLatinNameWords)
        {
            var token = doc.Tokens[end];

            // A particle announces a name, even one a place shares: "Ould Hamma", "ag Tessalit".
            var afterParticle = end > start && _particles.Contains(doc.TokenString(doc.IsPunct(end - 1, '-') ? end - 2 : end - 1));
            if (token.Kind == TokenKind.Latin && (!taken[end] || afterParticle) && (IsCapitalized(doc, end) || _particles.Contains(doc.TokenString(end))))
            {
                words++;
                end++;
            }
            else if (end > start && doc.IsPunct(end, '-') && !token.SpaceBefore && end + 1 < doc.Tokens.Length && !doc.Tokens[end + 1].SpaceBefore)
            {
                end++;
            }
            else
            {
                break;
            }
        }

        while (end > start && (doc.Tokens[end - 1].Kind == TokenKind.Punct || _particles.Contains(doc.TokenString(end - 1))))
        {
            end--;
        }

        var named = false;
        for (var t = start; t < end; t++)
        {
            named |= doc.Tokens[t].Kind == TokenKind.Latin && IsCapitalized(doc, t) && !_particles.Contains(doc.TokenString(t));
        }

        return named ? (start, end) : null;
    }

    private static bool IsCapitalized(TextDocument doc, int index) => char.IsUpper(doc.OriginalText(doc.SpanOfTokens(index, index + 1))[0]);

    /// <summary>"(ISWAP)" after a group's name.</summary>
    private static int SkipParenthesis(TextDocument doc, int index)
    {
        if (!doc.IsPunct(index, '('))
        {
            return index;
        }

        for (var t = index + 1; t < doc.Tokens.Length && t <= index + 4; t++)
        {
            if (doc.IsPunct(t, ')'))
            {
                return t + 1;
            }
        }

        return index;
    }
}
