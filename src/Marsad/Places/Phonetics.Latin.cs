namespace Marsad.Places;

internal static partial class Phonetics
{
    /// <summary>Appends the phoneme of the letters at <paramref name="i"/>; returns how many letters it read.</summary>
    private static int LatinPhoneme(scoped ReadOnlySpan<char> s, int i, ref PhonemeBuffer output)
    {
        var c = s[i];
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        var after = i + 2 < s.Length ? s[i + 2] : '\0';
        switch (c)
        {
            case 'd' when next == 'j':
                return Put(ref output, 'j', 2); // Djibo, Djenné
            case 'd' when next == 'h':
                return Put(ref output, 'd', 2);
            case 't' when next == 'c' && after == 'h':
                return Put(ref output, 'c', 3); // Tchad
            case 't' when next == 'h':
                return Put(ref output, 't', 2);
            case 'c' or 's' when next == 'h':
                return Put(ref output, 'c', 2); // Chad, Shekau
            case 'c':
                return Put(ref output, next is 'e' or 'i' or 'y' ? 's' : 'k', 1); // Macina, Kidal
            case 'k' when next == 'h':
                return Put(ref output, 'x', 2);
            case 'g' when next == 'h':
                return Put(ref output, 'g', 2); // Barsalogho
            case 'g' when next == 'u' && after is 'e' or 'i' or 'y':
                return Put(ref output, 'g', 2); // Gayéri's French cousins: Guéra, Guidimaka
            case 'g' when next == 'n' && IsLatinVowel(after):
                return Put(ref output, 'n', 2); // French gn: Bagnan
            case 'p' when next == 'h':
                return Put(ref output, 'f', 2);
            case 'p':
                return Put(ref output, 'b', 1); // Arabic writes p as ب
            case 'q' when next == 'u':
                return Put(ref output, 'k', 2);
            case 'o' when next == 'u' || next == 'o':
                return Put(ref output, 'U', 2); // Ouallam, Tombouctou
            case 'x':
                Put(ref output, 'k', 1);
                return Put(ref output, 's', 1);
            case 'v':
                return Put(ref output, 'f', 1);
            case 'w' or 'o' or 'u':
                return Put(ref output, 'U', 1);
            case 'y' or 'e' or 'i':
                return Put(ref output, 'I', 1);
            case 'a':
                return Put(ref output, 'A', 1);
            case 'h':
                return Put(ref output, 'h', 1);
            default:
                return Put(ref output, c, 1);
        }
    }

    private static int Put(ref PhonemeBuffer output, char phoneme, int read)
    {
        output.Emit(phoneme);
        return read;
    }

    private static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
