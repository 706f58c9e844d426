namespace Marsad.Places;

internal static partial class Phonetics
{
    // Costs of the edit distance between a written form (query) and a gazetteer name (target).
    private const float ConsonantEdit = 1f;
    private const float VowelWeight = 0.35f;
    private const float TargetVowelMissing = 0.2f; // Arabic leaves short vowels unwritten: منكا for Ménaka
    private const float QueryVowelExtra = 0.45f;   // a long vowel letter the Latin name lacks
    private const float Weak = 0.3f;               // h, spelled or not in either script

    /// <summary>
    /// How well <paramref name="query"/> spells <paramref name="target"/>, from 0 to 1: one minus
    /// a weighted edit distance over the target's weight (consonants 1, vowels 0.35). Letters
    /// that spellings confuse (ج for g, ق for k) cost little; a missing short vowel costs little;
    /// a wrong consonant costs a full consonant.
    /// </summary>
    public static double Similarity(ReadOnlySpan<char> query, ReadOnlySpan<char> target)
    {
        var n = query.Length;
        var m = target.Length;
        if (n == 0 || m == 0 || n > 64 || m > 64)
        {
            return 0;
        }

        Span<float> previous = stackalloc float[m + 1];
        Span<float> current = stackalloc float[m + 1];
        previous[0] = 0;
        for (var j = 1; j <= m; j++)
        {
            previous[j] = previous[j - 1] + InsertCost(target[j - 1]);
        }

        for (var i = 1; i <= n; i++)
        {
            current[0] = previous[0] + DeleteCost(query[i - 1]);
            for (var j = 1; j <= m; j++)
            {
                var substitute = previous[j - 1] + SubstituteCost(query[i - 1], target[j - 1]);
                var delete = previous[j] + DeleteCost(query[i - 1]);
                var insert = current[j - 1] + InsertCost(target[j - 1]);
                current[j] = Math.Min(substitute, Math.Min(delete, insert));
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        var weight = Math.Max(Weight(target), Weight(query));
        return Math.Max(0, 1 - previous[m] / weight);
    }

    private static float Weight(ReadOnlySpan<char> phonemes)
    {
        var weight = 0f;
        foreach (var p in phonemes)
        {
            weight += IsVowel(p) ? VowelWeight : p == 'h' ? Weak : ConsonantEdit;
        }

        return weight;
    }

    private static float InsertCost(char targetPhoneme) => IsVowel(targetPhoneme) ? TargetVowelMissing : targetPhoneme == 'h' ? Weak : ConsonantEdit;

    private static float DeleteCost(char queryPhoneme) => IsVowel(queryPhoneme) ? QueryVowelExtra : queryPhoneme == 'h' ? Weak : ConsonantEdit;

    private static float SubstituteCost(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        if (IsVowel(a) != IsVowel(b))
        {
            return ConsonantEdit;
        }

        return (a, b) switch
        {
            ('A', 'I') or ('I', 'A') => 0.3f,
            ('A', 'U') or ('U', 'A') or ('I', 'U') or ('U', 'I') => 0.6f, // و against a or e: Arabic writes long vowels as they sound
            ('q', 'k') or ('k', 'q') => 0.1f,
            ('j', 'g') or ('g', 'j') or ('q', 'g') or ('g', 'q') => 0.2f, // جاو for Gao, قيرا for Guéra
            ('x', 'k') or ('k', 'x') => 0.3f,
            ('s', 'z') or ('z', 's') or ('c', 's') or ('s', 'c') => 0.4f,
            ('k', 'g') or ('g', 'k') or ('c', 'j') or ('j', 'c') => 0.5f,
            ('t', 'd') or ('d', 't') => 0.7f,
            _ => ConsonantEdit,
        };
    }
}
