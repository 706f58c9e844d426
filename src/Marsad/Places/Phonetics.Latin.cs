using System.Text;

namespace Marsad.Places;

internal static partial class Phonetics
{
    /// <summary>Appends the phoneme of the letters at <paramref name="i"/>; returns how many letters it read.</summary>
    private static int LatinPhoneme(ReadOnlySpan<char> s, int i, StringBuilder output)
    {
        var c = s[i];
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        var after = i + 2 < s.Length ? s[i + 2] : '\0';
        switch (c)
        {
            case 'd' when next == 'j':
                return Put(output, 'j', 2); // Djibo, Djenné
            case 'd' when next == 'h':
                return Put(output, 'd', 2);
            case 't' when next == 'c' && after == 'h':
                return Put(output, 'c', 3); // Tchad
            case 't' when next == 'h':
                return Put(output, 't', 2);
            case 'c' or 's' when next == 'h':
                return Put(output, 'c', 2); // Chad, Shekau
            case 'c':
                return Put(output, next is 'e' or 'i' or 'y' ? 's' : 'k', 1); // Macina, Kidal
            case 'k' when next == 'h':
                return Put(output, 'x', 2);
            case 'g' when next == 'h':
                return Put(output, 'g', 2); // Barsalogho
            case 'g' when next == 'u' && after is 'e' or 'i' or 'y':
                return Put(output, 'g', 2); // Gayéri's French cousins: Guéra, Guidimaka
            case 'g' when next == 'n' && IsLatinVowel(after):
                return Put(output, 'n', 2); // French gn: Bagnan
            case 'p' when next == 'h':
                return Put(output, 'f', 2);
            case 'p':
                return Put(output, 'b', 1); // Arabic writes p as ب
            case 'q' when next == 'u':
                return Put(output, 'k', 2);
            case 'o' when next == 'u' || next == 'o':
                return Put(output, 'U', 2); // Ouallam, Tombouctou
            case 'x':
                Put(output, 'k', 1);
                return Put(output, 's', 1);
            case 'v':
                return Put(output, 'f', 1);
            case 'w' or 'o' or 'u':
                return Put(output, 'U', 1);
            case 'y' or 'e' or 'i':
                return Put(output, 'I', 1);
            case 'a':
                return Put(output, 'A', 1);
            case 'h':
                return 1;
            default:
                return Put(output, c, 1);
        }
    }

    private static int Put(StringBuilder output, char phoneme, int read)
    {
        Emit(output, phoneme);
        return read;
    }

    private static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
