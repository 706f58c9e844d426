using System.Globalization;

namespace Marsad.GazetteerBuild;

/// <summary>Which alternate names the shipped gazetteer keeps: Latin and Arabic script only, no codes.</summary>
internal static class NameFilters
{
    // Letters that only Persian, Urdu and Pashto use: a name with one is not an Arabic spelling.
    private const string NonArabicLetters = "پچژگکیٹڈںہھےۓڑ";

    public static bool IsLatinName(string name)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsDigit(c))
            {
                return false; // codes and postal forms
            }

            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c > '\u024F' && c is not (>= '\u1E00' and <= '\u1EFF'))
            {
                return false;
            }

            letters++;
            upper += char.IsUpper(c) ? 1 : 0;
        }

        // "XAR", "DNMA": airport and other codes are short and all capitals; "mei na ka",
        // "tmbktw": romanisations from other scripts are written in lower case.
        return letters >= 2 && !(letters <= 4 && upper == letters) && char.IsUpper(name.First(char.IsLetter));
    }

    public static bool IsArabicName(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (NonArabicLetters.Contains(c))
            {
                return false;
            }

            if (c is >= '\u0621' and <= '\u064A')
            {
                letters++;
            }
            else if (char.IsLetter(c))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>The name without marks and bidi controls that sources leave behind (U+200E after some Arabic names).</summary>
    public static string Clean(string name)
    {
        var kept = name.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format);
        return new string([.. kept]).Trim();
    }
}
