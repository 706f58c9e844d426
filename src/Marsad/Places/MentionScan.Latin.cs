using Marsad.Text;

namespace Marsad.Places;

internal sealed partial class MentionScan
{
    // Lower-case words that join the parts of French and Arabic-derived names: Nioro du Sahel, Hassi el Ghella.
    private static readonly HashSet<string> NameJoiners = ["du", "de", "des", "la", "le", "el", "al", "ech", "es", "ag", "n"];

    /// <summary>
    /// A Latin-script name at token <paramref name="i"/>: capitalised, exact, and for a small
    /// place after some sign that a place follows; a sound-alike only after a place word or relation.
    /// </summary>
    private NameMatch? FindLatin(int i, Licence licence, bool coordinated, bool exactOnly)
    {
        if (!IsCapitalised(i))
        {
            return null;
        }

        var ends = LatinNameEnds(i);
        var effective = coordinated ? Max(licence, Licence.Weak) : licence;
        var personLike = !coordinated && licence < Licence.Strong && IsCapitalised(i - 1) && !IsSentenceStart(i - 1);
        Span<char> key = stackalloc char[MaxKey];
        for (var e = ends.Count - 1; e >= 0; e--)
        {
            var length = LatinKey(i, ends[e], key);
            if (length <= 0)
            {
                continue;
            }

            var followedByName = IsCapitalised(ends[e]) && _hits.StartingAt(ends[e], CueRole.CueAfter) is null;
            var lonely = personLike || followedByName;
            var candidates = _finder.Admit(_gazetteer.Named(key[..length]), effective, startsWithCue: false);
            candidates.RemoveAll(c => _gazetteer.Prior(c.Entry) < PlaceScores.ProminentPrior && (effective == Licence.None || lonely));
            if (personLike && followedByName)
            {
                candidates.Clear(); // inside a longer proper name: Islamic State West Africa Province
            }
            if (candidates.Count > 0)
            {
                return new NameMatch(i, ends[e], _doc.Tokens[i].NormStart, _doc.Tokens[ends[e] - 1].NormEnd, candidates, effective) { ContinuesAName = personLike };
            }
        }

        if (licence < Licence.Strong || exactOnly || IsAllCapitals(i))
        {
            return null; // ISWAP, JNIM: acronyms sound like villages
        }

        foreach (var end in ends)
        {
            var length = LatinKey(i, end, key);
            if (length > 0 && _finder.Sounding(Phonetics.FromLatin(key[..length]), licence, 0) is { Count: > 0 } candidates)
            {
                return new NameMatch(i, end, _doc.Tokens[i].NormStart, _doc.Tokens[end - 1].NormEnd, candidates, licence);
            }
        }

        return null;
    }

    /// <summary>Ends after each capitalised word of a name of up to four words, joined by hyphens, apostrophes or joiner words.</summary>
    private List<int> LatinNameEnds(int i)
    {
        var ends = new List<int>(MaxNameWords);
        var t = i;
        var words = 0;
        while (t < _doc.Tokens.Length && words < MaxNameWords && _doc.Tokens[t].Kind == TokenKind.Latin)
        {
            words++;
            if (IsCapitalised(t))
            {
                ends.Add(t + 1);
            }
            else if (!NameJoiners.Contains(_doc.TokenString(t)))
            {
                break;
            }

            t++;
            if (t + 1 < _doc.Tokens.Length && (_doc.IsPunct(t, '-') || _doc.IsPunct(t, '\'')) && !_doc.Tokens[t + 1].SpaceBefore)
            {
                t++; // Fada N'Gourma, Ti-n-Zaouâtene
            }
        }

        return ends;
    }

    private int LatinKey(int i, int end, Span<char> key)
    {
        var length = 0;
        for (var t = i; t < end && length >= 0; t++)
        {
            length = NameKeys.Append(_doc.TokenText(t), key, length);
        }

        return length;
    }

    private bool IsCapitalised(int t) =>
        t >= 0 && t < _doc.Tokens.Length && _doc.Tokens[t].Kind == TokenKind.Latin
        && char.IsUpper(_doc.Original[_doc.Norm.OriginalStart(_doc.Tokens[t].NormStart)]);

    private bool IsAllCapitals(int t)
    {
        var span = _doc.SpanOfTokens(t, t + 1);
        return _doc.Original.AsSpan(span.Start, span.Length).ContainsAnyInRange('A', 'Z') && !_doc.Original.AsSpan(span.Start, span.Length).ContainsAnyInRange('a', 'z');
    }

    /// <summary>True when token <paramref name="t"/> starts a sentence (its capital says nothing).</summary>
    private bool IsSentenceStart(int t) =>
        t >= 0 && _doc.SentenceOf(t) is >= 0 and var s && _doc.Sentences[s].FirstToken == t;
}
