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
    internal const int MinStem = 2;
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ل", "ك", "س"];

    // Longest first, so that هما is tried before ها and ه.
    internal static readonly string[] PronounSuffixes = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"];

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

    /// <summary>
    /// The stems of <paramref name="word"/> with a pronoun suffix stripped, longest suffix first;
    /// <paramref name="buffer"/> (at least as long as the word) holds the stems whose spelling changes.
    /// </summary>
    public static SuffixStems SuffixStems(ReadOnlySpan<char> word, Span<char> buffer) => new(word, buffer);

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

/// <summary>
/// The stems of a word with a pronoun suffix stripped, in the order lexicons try them; the stem
/// is a slice of the word or of the caller's buffer, so the matchers' inner loop allocates nothing.
/// </summary>
public ref struct SuffixStems
{
    private static readonly string[] Suffixes = ArabicClitics.PronounSuffixes;
    private readonly ReadOnlySpan<char> _word;
    private readonly Span<char> _buffer;
    private int _suffix = -1;
    private bool _respelled = true;

    internal SuffixStems(ReadOnlySpan<char> word, Span<char> buffer)
    {
        _word = word;
        _buffer = buffer;
    }

    /// <summary>The stem without <see cref="Suffix"/>.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>The pronoun suffix stripped from the word.</summary>
    public readonly string Suffix => Suffixes[_suffix];

    public bool MoveNext()
    {
        if (!_respelled)
        {
            _respelled = true;
            var bare = _word[..^Suffix.Length];
            if (bare[^1] == 'ت')
            {
                // قيادته = قيادة + ه: the ta marbuta (folded ه) is written ت before a suffix.
                bare[..^1].CopyTo(_buffer);
                _buffer[bare.Length - 1] = 'ه';
                Current = _buffer[..bare.Length];
                return true;
            }

            if (bare[^1] == 'و')
            {
                // اختطفوه = اختطفوا + ه: the silent alef of the plural drops before a suffix.
                bare.CopyTo(_buffer);
                _buffer[bare.Length] = 'ا';
                Current = _buffer[..(bare.Length + 1)];
                return true;
            }
        }

        while (++_suffix < Suffixes.Length)
        {
            var suffix = Suffixes[_suffix];
            if (_word.Length - suffix.Length >= ArabicClitics.MinStem && _word.EndsWith(suffix, StringComparison.Ordinal))
            {
                _respelled = false;
                Current = _word[..^suffix.Length];
                return true;
            }
        }

        return false;
    }
}
