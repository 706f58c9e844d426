namespace Marsad.Places;

internal static partial class Phonetics
{
    // Costs of the edit distance between a written form (query) and a gazetteer name (target).
    private const float ConsonantEdit = 1f;
    private const float VowelWeight = 0.35f;
    private const float TargetVowelMissing = 0.2f; // Arabic leaves short vowels unwritten: منكا for Ménaka
    private const float QueryVowelExtra = 0.45f;   // a long vowel letter the Latin name lacks
    private const float Weak = 0.3f;               // h, spelled or not in either script
    private const float MuteInitialH = 0.1f;       // French leaves a name's first h unsounded, and Arabic unwritten: أومبوري for Hombori
    private const float UnwrittenFinalVowel = 1f;  // Arabic writes a name's last vowel (بورومو for Boromo): بوروم ends where Bouroum does

    // Substitution costs of phoneme pairs, looked up rather than matched: the edit distance runs for every sound-alike posting.
    private static readonly float[] SubstituteCosts = SubstituteTable();

    // Slack on the early cut, far above float rounding, so a cut never drops a name the full distance would keep.
    private const float CutSlack = 1e-3f;

    /// <summary>
    /// How well <paramref name="query"/> spells <paramref name="target"/>, from 0 to 1: one minus
    /// a weighted edit distance over the target's weight (consonants 1, vowels 0.35). Letters
    /// that spellings confuse (ج for g, ق for k) cost little; a missing short vowel costs little;
    /// a wrong consonant costs a full consonant.
    /// </summary>
    public static double Similarity(ReadOnlySpan<char> query, ReadOnlySpan<char> target) => Similarity(query, target, minimum: 0, closedEnd: false);

    /// <summary>
    /// <see cref="Similarity(ReadOnlySpan{char}, ReadOnlySpan{char})"/>, or 0 as soon as the score
    /// cannot reach <paramref name="minimum"/>: a row of the distance never falls below the row before. With
    /// <paramref name="closedEnd"/> (an Arabic spelling that ends on a consonant letter), a target that ends on a vowel the
    /// query leaves out costs as much as a consonant missing.
    /// </summary>
    public static double Similarity(ReadOnlySpan<char> query, ReadOnlySpan<char> target, double minimum, bool closedEnd)
    {
        var n = query.Length;
        var m = target.Length;
        if (n == 0 || m == 0 || n > 64 || m > 64)
        {
            return 0;
        }

        var weight = Math.Max(Weight(target), Weight(query));
        var limit = (1 - minimum) * weight + CutSlack;
        Span<float> previous = stackalloc float[m + 1];
        Span<float> current = stackalloc float[m + 1];
        Span<float> inserts = stackalloc float[m];
        previous[0] = 0;
        for (var j = 1; j <= m; j++)
        {
            inserts[j - 1] = j == 1 && m > 1 && target[0] == 'h' && IsVowel(target[1]) ? MuteInitialH
                : j == m && closedEnd && IsVowel(target[j - 1]) ? UnwrittenFinalVowel
                : InsertCost(target[j - 1]);
            previous[j] = previous[j - 1] + inserts[j - 1];
        }

        for (var i = 1; i <= n; i++)
        {
            var q = query[i - 1];
            var delete = DeleteCost(q);
            current[0] = previous[0] + delete;
            var rowMin = current[0];
            for (var j = 1; j <= m; j++)
            {
                var substitute = previous[j - 1] + SubstituteCost(q, target[j - 1]);
                var cell = Math.Min(substitute, Math.Min(previous[j] + delete, current[j - 1] + inserts[j - 1]));
                current[j] = cell;
                rowMin = Math.Min(rowMin, cell);
            }

            if (rowMin > limit)
            {
                return 0;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

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

    private static float SubstituteCost(char a, char b) => (a | b) < 128 ? SubstituteCosts[a << 7 | b] : PairCost(a, b);

    private static float[] SubstituteTable()
    {
        var table = new float[128 * 128];
        for (var a = 0; a < 128; a++)
        {
            for (var b = 0; b < 128; b++)
            {
                table[a << 7 | b] = PairCost((char)a, (char)b);
            }
        }

        return table;
    }

    private static float PairCost(char a, char b)
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
