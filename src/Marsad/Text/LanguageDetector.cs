namespace Marsad.Text;

/// <summary>
/// Script counts decide Arabic; among Latin-script texts, the share of French and English
/// function words decides. Too little text, or neither language clearly ahead, is Other.
/// </summary>
public static class LanguageDetector
{
    private const int MinLetters = 12;

    // Frequent function words that the other language does not share.
    private static readonly HashSet<string> French =
        ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "par", "pour", "sur", "au", "aux", "ont", "qui", "que", "selon", "il", "elle", "ces", "pas", "avec", "ete", "sont", "leur", "lors", "apres", "pres", "ils", "deux", "trois", "entre", "sous"];

    private static readonly HashSet<string> English =
        ["the", "and", "of", "to", "was", "were", "is", "are", "for", "with", "said", "that", "by", "from", "has", "have", "their", "at", "it", "an", "this", "which", "who", "been", "in", "after", "near", "had", "its", "they", "two", "three", "when", "into"];

    public static Language Detect(string folded, ReadOnlySpan<Token> tokens)
    {
        int arabic = 0, latin = 0, french = 0, english = 0;
        var frenchLookup = French.GetAlternateLookup<ReadOnlySpan<char>>();
        var englishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Arabic)
            {
                arabic += token.Length;
            }
            else if (token.Kind == TokenKind.Latin)
            {
                latin += token.Length;
                var word = folded.AsSpan(token.NormStart, token.Length);
                french += frenchLookup.Contains(word) ? 1 : 0;
                english += englishLookup.Contains(word) ? 1 : 0;
            }
        }

        if (arabic + latin < MinLetters)
        {
            return Language.Other;
        }

        if (arabic >= latin)
        {
            return Language.Arabic;
        }

        if (french > english * 1.5 && french >= 2)
        {
            return Language.French;
        }

        return english > french * 1.5 && english >= 2 ? Language.English : Language.Other;
    }
}
