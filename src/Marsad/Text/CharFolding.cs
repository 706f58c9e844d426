using System.Globalization;
using System.Text;

namespace Marsad.Text;

/// <summary>
/// The per-character folding that turns original text into matching text: Arabic presentation
/// forms, diacritics, tatweel, alef/ya/ta-marbuta/hamza-seat variants, Persian and Urdu letters,
/// every decimal digit script, bidi and zero-width controls, Latin case and accents.
/// Each original character becomes zero, one or (rarely) several folded characters, so offsets
/// can always be mapped back.
/// </summary>
public static class CharFolding
{
    // Table for the whole BMP, computed once: Removed, Complex (see Expansions) or the folded char.
    private const char Removed = '\0';
    private const char Complex = '\uFFFF';
    private static readonly char[] Table = BuildTable();
    private static readonly Dictionary<char, string> Expansions = BuildExpansions();

    /// <summary>Appends the folding of <paramref name="c"/> to <paramref name="output"/>; returns how many chars it added.</summary>
    public static int Fold(char c, Span<char> output)
    {
        var mapped = Table[c];
        if (mapped == Removed)
        {
            return 0;
        }

        if (mapped != Complex)
        {
            output[0] = mapped;
            return 1;
        }

        var expansion = Expansions[c];
        expansion.AsSpan().CopyTo(output);
        return expansion.Length;
    }

    /// <summary>The longest folding of a single character (the basmala ligature U+FDFD).</summary>
    public const int MaxExpansion = 32;

    /// <summary>Folds a whole string (no offset map): for lexicon keys and queries.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[MaxExpansion];
        foreach (var c in text)
        {
            var n = Fold(c, buffer);
            builder.Append(buffer[..n]);
        }

        return CollapseSpaces(builder.ToString());
    }

    /// <summary>True for the letters of the Arabic script (after folding).</summary>
    public static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    /// <summary>True for the Arabic short-vowel and other combining marks that folding drops.</summary>
    public static bool IsArabicMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u0610' and <= '\u061A'
            or >= '\u06D6' and <= '\u06DC' or >= '\u06DF' and <= '\u06E8' or >= '\u06EA' and <= '\u06ED';

    private static string CollapseSpaces(string s)
    {
        var builder = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = FoldOne((char)i);
        }

        return table;
    }

    private static Dictionary<char, string> BuildExpansions()
    {
        var expansions = new Dictionary<char, string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (Table[c] == Complex)
            {
                expansions[c] = ExpandOne(c);
            }
        }

        return expansions;
    }

    private static char FoldOne(char c)
    {
        if (IsArabicMark(c) || c == '\u0640')
        {
            return Removed; // diacritics and tatweel
        }

        switch (c)
        {
            case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u00AD':
            case >= '\u202A' and <= '\u202E':
            case >= '\u2060' and <= '\u2064':
            case >= '\u2066' and <= '\u2069':
                return Removed; // bidi and zero-width controls
            case '\r':
                return Removed; // \r\n is one line break; a lone \r is rare enough to drop
            case '\n' or '\u2028' or '\u2029' or '\u0085':
                return '\n';
            case '\t' or '\u00A0' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A'):
                return ' ';
            case < ' ' or (>= '\u007F' and < '\u00A0'):
                return ' ';
            case >= '\uD800' and <= '\uDFFF':
                return c; // surrogate halves stay as they are; pairs are never folded
            case 'أ' or 'إ' or 'آ' or 'ٱ' or '\u0672' or '\u0673' or '\u0675':
                return 'ا';
            case 'ى' or 'ی' or 'ې' or 'ے' or 'ۍ' or 'ێ' or 'ئ' or '\u0678':
                return 'ي';
            case 'ة' or 'ۀ' or 'ہ' or 'ھ' or 'ە' or 'ۃ':
                return 'ه';
            case 'ؤ' or '\u0676' or '\u0677':
                return 'و';
            case 'ک' or 'ڪ':
                return 'ك';
            case 'گ' or 'ڨ' or 'ڭ' or 'ګ':
                return 'غ'; // the /g/ letters of Persian and Maghrebi writing
            case 'ڤ' or 'ڥ':
                return 'ف';
            case 'پ':
                return 'ب';
            case 'چ' or 'ڃ':
                return 'ج';
            case 'ژ':
                return 'ز';
            case 'ٹ':
                return 'ت';
            case 'ڈ':
                return 'د';
            case 'ں' or 'ڻ':
                return 'ن';
            case '\u066B':
                return '.'; // Arabic decimal separator
            case '\u066C':
                return ','; // Arabic thousands separator
            case '\u066A':
                return '%';
            case '’' or '‘' or 'ʼ' or '`' or '´':
                return '\'';
            case '–' or '—' or '‑' or '‒' or '−':
                return '-';
        }

        if (char.IsDigit(c))
        {
            return (char)('0' + (int)CharUnicodeInfo.GetNumericValue(c));
        }

        if (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' or >= '\uFF01' and <= '\uFF5E')
        {
            return Complex; // presentation forms and full-width forms decompose (NFKC)
        }

        if (c < 'A')
        {
            return c;
        }

        if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF')
        {
            return LatinBase(c);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? Removed : c;
    }

    private static char LatinBase(char c)
    {
        switch (c)
        {
            case 'œ' or 'Œ' or 'æ' or 'Æ' or 'ß':
                return Complex;
            case 'ø' or 'Ø':
                return 'o';
            case 'đ' or 'Đ':
                return 'd';
            case 'ł' or 'Ł':
                return 'l';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        if (CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.NonSpacingMark)
        {
            return Removed; // a combining accent on its own
        }

        return char.ToLowerInvariant(first);
    }

    private static string ExpandOne(char c)
    {
        switch (c)
        {
            case 'œ' or 'Œ':
                return "oe";
            case 'æ' or 'Æ':
                return "ae";
            case 'ß':
                return "ss";
        }

        var compatible = c.ToString().Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder();
        foreach (var part in compatible)
        {
            var folded = FoldOne(part);
            if (folded != Removed && folded != Complex)
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }
}
