using Marsad.Lexicon;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>The place-lexicon matches of one document, looked up by the token they end before or start at.</summary>
internal sealed class LexiconHits
{
    private readonly List<PhraseMatch<CueWord>>?[] _byEnd;
    private readonly List<PhraseMatch<CueWord>>?[] _byStart;
    private readonly PhraseMatch<CueWord>?[] _definiteCueByEnd;
    private readonly bool[] _inside;

    // Marks that open a quoted name: « », " ", “ ”, ( ), and the slashes some Arabic wires quote names with (/X/).
    private const string OpeningQuotes = "\"«“(/'";

    public LexiconHits(List<PhraseMatch<CueWord>> matches, TextDocument doc)
    {
        var tokenCount = doc.Tokens.Length;
        _byEnd = new List<PhraseMatch<CueWord>>?[tokenCount + 1];
        _byStart = new List<PhraseMatch<CueWord>>?[tokenCount + 1];
        _definiteCueByEnd = new PhraseMatch<CueWord>?[tokenCount + 1];
        _inside = new bool[tokenCount + 1];
        foreach (var match in matches.Where(m => m.Suffix.Length == 0))
        {
            Array.Fill(_inside, true, match.FirstToken + 1, match.EndToken - match.FirstToken - 1);
            // بينهم, شمالها: a word with a pronoun suffix points at no place name.
            (_byStart[match.FirstToken] ??= []).Add(match);
            if (!IsDefiniteArabicCue(match))
            {
                (_byEnd[match.EndToken] ??= []).Add(match);
                if (OpensQuotedWord(doc, match.EndToken))
                {
                    // "ببلدة «X»": the word before the quote mark announces the quoted name as it would the bare one.
                    (_byEnd[match.EndToken + 1] ??= []).Add(match);
                }
            }
            else
            {
                _definiteCueByEnd[match.EndToken] = match;
            }
        }
    }

    /// <summary>The longest match of <paramref name="role"/> that ends just before token <paramref name="end"/>.</summary>
    public PhraseMatch<CueWord>? EndingAt(int end, CueRole role) => Longest(end >= 0 ? _byEnd[end] : null, role, byStart: false);

    /// <summary>A definite place word right before token <paramref name="end"/> ("العاصمة باماكو"): an apposition, not a new place.</summary>
    public PhraseMatch<CueWord>? DefiniteCueEndingAt(int end) => end >= 0 ? _definiteCueByEnd[end] : null;

    /// <summary>The longest match of <paramref name="role"/> that starts at token <paramref name="start"/>.</summary>
    public PhraseMatch<CueWord>? StartingAt(int start, CueRole role) => Longest(start < _byStart.Length ? _byStart[start] : null, role, byStart: true);

    private static bool OpensQuotedWord(TextDocument doc, int token) =>
        token + 1 < doc.Tokens.Length && doc.Tokens[token].Kind == TokenKind.Punct && doc.Tokens[token].Length == 1
        && OpeningQuotes.Contains(doc.Folded[doc.Tokens[token].NormStart], StringComparison.Ordinal)
        && doc.Tokens[token + 1].IsWord && (!doc.Tokens[token + 1].SpaceBefore || doc.Folded[doc.Tokens[token].NormStart] == '«');

    // "المنطقة" refers back to a region already named; "منطقة غاو" names one.
    private static bool IsDefiniteArabicCue(PhraseMatch<CueWord> match) =>
        match.Payload.Role == CueRole.Cue && match.Prefix.EndsWith("ال", StringComparison.Ordinal);

    /// <summary>True when token <paramref name="token"/> is inside a lexicon phrase, past its first word (the "Est" of « l'Est du »).</summary>
    public bool Inside(int token) => _inside[token];

    /// <summary>End of the longest lexicon word of any role starting at <paramref name="start"/>, or -1: such words are not names.</summary>
    public int WordEnd(int start)
    {
        var end = -1;
        foreach (var match in _byStart[start] ?? [])
        {
            end = Math.Max(end, match.EndToken);
        }

        return end;
    }

    private static PhraseMatch<CueWord>? Longest(List<PhraseMatch<CueWord>>? matches, CueRole role, bool byStart)
    {
        PhraseMatch<CueWord>? best = null;
        if (matches is null)
        {
            return null;
        }

        foreach (var match in matches)
        {
            if (match.Payload.Role != role)
            {
                continue;
            }

            var longer = best is null || (byStart ? match.EndToken > best.Value.EndToken : match.FirstToken < best.Value.FirstToken);
            if (longer)
            {
                best = match;
            }
        }

        return best;
    }
}
