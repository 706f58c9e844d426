namespace Marsad.Lexicon;

/// <summary>One reading of a token: the stem to look up, and the clitics around it.</summary>
/// <param name="Stem">The folded stem (may be rebuilt, e.g. <c>لل</c> + X read as <c>ال</c> + X).</param>
/// <param name="StemStart">Offset of the stem's first letter inside the token.</param>
/// <param name="StemEnd">Offset just after the stem's last letter inside the token.</param>
/// <param name="Prefix">The proclitics stripped (<c>و</c>, <c>ف</c>, <c>ب</c>, <c>ل</c>, <c>ك</c>, combinations), or empty.</param>
/// <param name="Suffix">The pronoun suffix stripped, or empty.</param>
public readonly record struct CliticReading(string Stem, int StemStart, int StemEnd, string Prefix, string Suffix);

/// <summary>
/// Arabic clitic readings of a folded token: conjunctions و ف, prepositions ب ل ك, the article ال
/// (with لل for ل + ال) and pronoun suffixes. The matcher keeps a reading only when the stem is a
/// known entry, so a split never happens on its own.
/// </summary>
public static class ArabicClitics
{
    private const int MinStem = 2;
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ل", "ك", "س"];

    // Longest first, so that هما is tried before ها and ه.
    private static readonly string[] PronounSuffixes = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"];

    /// <summary>All readings with proclitics stripped (the surface reading first).</summary>
    public static List<CliticReading> PrefixReadings(ReadOnlySpan<char> token)
    {
        var text = token.ToString();
        var readings = new List<CliticReading>(4) { new(text, 0, text.Length, "", "") };
        foreach (var conjunction in Conjunctions)
        {
            if (!text.StartsWith(conjunction, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var preposition in Prepositions)
            {
                var prefixLength = conjunction.Length + preposition.Length;
                if (text.Length - prefixLength < MinStem || !text.AsSpan(conjunction.Length).StartsWith(preposition, StringComparison.Ordinal))
                {
                    continue;
                }

                // "س" is the future marker and only goes on verbs: one reading, never with ال.
                var prefix = conjunction + preposition;
                var rest = text[prefixLength..];
                Add(readings, new CliticReading(rest, prefixLength, text.Length, prefix, ""));
                if (preposition == "ل" && rest.StartsWith('ل') && rest.Length > MinStem)
                {
                    // لل = ل + ال with the alef dropped: للجيش is ل + الجيش.
                    Add(readings, new CliticReading("ا" + rest, prefixLength - 1, text.Length, prefix, ""));
                }

                if (preposition != "س" && rest.StartsWith("ال", StringComparison.Ordinal) && rest.Length - 2 >= MinStem)
                {
                    Add(readings, new CliticReading(rest[2..], prefixLength + 2, text.Length, prefix + "ال", ""));
                }
            }
        }

        return readings;
    }

    /// <summary>Readings of <paramref name="reading"/> with a pronoun suffix stripped.</summary>
    public static IEnumerable<CliticReading> SuffixReadings(CliticReading reading)
    {
        foreach (var suffix in PronounSuffixes)
        {
            var stem = reading.Stem;
            if (stem.Length - suffix.Length < MinStem || !stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var bare = stem[..^suffix.Length];
            var end = reading.StemEnd - suffix.Length;
            yield return reading with { Stem = bare, StemEnd = end, Suffix = suffix };
            if (bare.EndsWith('ت'))
            {
                // قيادته = قيادة + ه: the ta marbuta (folded ه) is written ت before a suffix.
                yield return reading with { Stem = bare[..^1] + "ه", StemEnd = end, Suffix = suffix };
            }
            else if (bare.EndsWith('و'))
            {
                // اختطفوه = اختطفوا + ه: the silent alef of the plural drops before a suffix.
                yield return reading with { Stem = bare + "ا", StemEnd = end, Suffix = suffix };
            }
        }
    }

    private static void Add(List<CliticReading> readings, CliticReading reading)
    {
        foreach (var existing in readings)
        {
            if (existing.Stem == reading.Stem)
            {
                return;
            }
        }

        readings.Add(reading);
    }
}
