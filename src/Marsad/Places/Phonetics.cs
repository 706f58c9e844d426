using Marsad.Text;

namespace Marsad.Places;

/// <summary>
/// One phoneme alphabet for Latin (French and English orthography) and Arabic spellings of
/// place names, so "Djibo", "جيبو" and "دجيبو" can be compared. Consonants are
/// <c>b t d s z c(sh) j g k q x(kh) f l r m n</c>; vowels are <c>A I U</c> (e and i are one,
/// o and u are one, as Arabic writes them). h (ه, ح) is a weak consonant, cheap to miss; ʿayn,
/// hamza and a word-final ه (a written vowel, جينيه) are dropped.
/// </summary>
internal static partial class Phonetics
{
    /// <summary>Phonemes of a folded Latin name (lower case, no accents).</summary>
    public static string FromLatin(ReadOnlySpan<char> folded)
    {
        Span<char> output = stackalloc char[folded.Length * 2 + 2];
        return new string(output[..FromLatin(folded, output)]);
    }

    /// <summary>Writes the phonemes of a folded Latin name into <paramref name="destination"/> (twice the name's length suffices); returns their length.</summary>
    private static int FromLatin(ReadOnlySpan<char> folded, Span<char> destination)
    {
        Span<char> letters = stackalloc char[folded.Length];
        var n = 0;
        foreach (var c in folded)
        {
            // Doubled letters are spelling, not sound: "Tillabéri", "Bankass".
            if (c is >= 'a' and <= 'z' && (n == 0 || letters[n - 1] != c))
            {
                letters[n++] = c;
            }
        }

        var output = new PhonemeBuffer(destination);
        for (var i = 0; i < n;)
        {
            i += LatinPhoneme(letters[..n], i, ref output);
        }

        return output.Length;
    }

    /// <summary>Phonemes of a folded Arabic name (see <see cref="Text.CharFolding"/>: أ→ا, ى→ي, ة→ه).</summary>
    public static string FromArabic(ReadOnlySpan<char> folded)
    {
        var output = new PhonemeBuffer(stackalloc char[folded.Length + 1]);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            if ((c, next) is ('ت', 'ش') or ('د', 'ج'))
            {
                output.Emit(next == 'ش' ? 'c' : 'j'); // تشاد is the "ch" of Chad, دجيبو the "dj" of Djibo
                i++;
                continue;
            }

            // A word-initial alif before و only carries the long vowel: أومبوري is "Ombori", as French writes Hombori (before ي it
            // may be a vowel of its own: أيورو, Ayorou).
            if (c == 'ا' && next == 'و' && (i == 0 || !CharFolding.IsArabicLetter(folded[i - 1])))
            {
                continue;
            }

            var phoneme = c == 'ه' && (next == '\0' || !CharFolding.IsArabicLetter(next)) ? '\0' : ArabicPhoneme(c);
            if (phoneme != '\0')
            {
                // Arabic writes a repeated consonant twice only when a vowel falls between (تيننكو).
                if (IsVowel(phoneme))
                {
                    output.Emit(phoneme);
                }
                else
                {
                    output.Append(phoneme);
                }
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// The coarse consonant key candidates are retrieved by: vowels dropped, letters that spellings
    /// confuse merged (g j k q kh; s z sh), repeats collapsed. "Djibo" and "جيبو" are both <c>KB</c>.
    /// </summary>
    public static string Key(ReadOnlySpan<char> phonemes)
    {
        Span<char> key = stackalloc char[phonemes.Length];
        return new string(key[..Key(phonemes, key)]);
    }

    /// <summary>Writes the consonant key of <paramref name="phonemes"/> into <paramref name="key"/>; returns its length.</summary>
    public static int Key(ReadOnlySpan<char> phonemes, Span<char> key)
    {
        var n = 0;
        foreach (var p in phonemes)
        {
            var k = KeyClass(p);
            if (k != '\0' && (n == 0 || key[n - 1] != k))
            {
                key[n++] = k;
            }
        }

        return n;
    }

    public static bool IsVowel(char phoneme) => phoneme is 'A' or 'I' or 'U';

    /// <summary>
    /// True when a folded Arabic name ends on a consonant letter: Arabic spells a foreign name's final vowel (ا، و، ي, or ه
    /// for a final a), so such a name ends on its consonant.
    /// </summary>
    public static bool EndsOnConsonant(ReadOnlySpan<char> foldedArabic) =>
        foldedArabic.Length > 0 && ArabicPhoneme(foldedArabic[^1]) is not ('\0' or 'A' or 'I' or 'U' or 'h');

    private static char KeyClass(char p) => p switch
    {
        'A' or 'I' or 'U' or 'h' => '\0',
        'j' or 'g' or 'k' or 'q' or 'x' => 'K',
        's' or 'z' or 'c' => 'S',
        _ => char.ToUpperInvariant(p),
    };

    /// <summary>Phonemes written into a stack buffer: no builder per name while the gazetteer loads.</summary>
    private ref struct PhonemeBuffer(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;

        public void Append(char phoneme)
        {
            if (_length < _buffer.Length)
            {
                _buffer[_length++] = phoneme;
            }
        }

        /// <summary>Appends unless it repeats the last phoneme.</summary>
        public void Emit(char phoneme)
        {
            if (_length == 0 || _buffer[_length - 1] != phoneme)
            {
                Append(phoneme);
            }
        }

        public readonly int Length => _length;

        public override readonly string ToString() => new(_buffer[.._length]);
    }

    private static char ArabicPhoneme(char c) => c switch
    {
        'ا' => 'A',
        'ي' => 'I',
        'و' => 'U',
        'ب' => 'b',
        'ت' or 'ط' => 't',
        'ث' or 'س' or 'ص' => 's',
        'ج' => 'j',
        'خ' => 'x',
        'د' or 'ض' => 'd',
        'ذ' or 'ز' or 'ظ' => 'z',
        'ر' => 'r',
        'ش' => 'c',
        'غ' => 'g',
        'ف' => 'f',
        'ق' => 'q',
        'ك' => 'k',
        'ل' => 'l',
        'م' => 'm',
        'ن' => 'n',
        'ه' or 'ح' => 'h',
        _ => '\0', // ع ء and anything else
    };
}
