namespace Marsad.Lexicon;

/// <summary>A lexicon entry found in a document.</summary>
/// <param name="FirstToken">First token of the match.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="NormStart">Folded offset where the entry starts (after stripped proclitics).</param>
/// <param name="NormEnd">Folded offset where the entry ends (before a stripped suffix).</param>
/// <param name="Prefix">Proclitics on the first token (<c>و</c>, <c>ب</c>, <c>لل</c>…), or empty.</param>
/// <param name="Suffix">Pronoun suffix on the last token, or empty.</param>
/// <param name="Payload">What the entry means.</param>
public readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, int NormStart, int NormEnd, string Prefix, string Suffix, T Payload)
{
    public int TokenCount => EndToken - FirstToken;
}
