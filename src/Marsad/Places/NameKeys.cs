using Marsad.Text;

namespace Marsad.Places;

/// <summary>
/// The key a name is looked up by: folded (no case, accents or Arabic letter variants) with
/// everything but letters and digits removed, so "Am Chidé", "Amchidé" and "AMCHIDE" are one
/// key, and so are "تين زواتين" and "تينزواتين".
/// </summary>
internal static class NameKeys
{
    public static string Compact(string text)
    {
        var output = text.Length <= 128 ? stackalloc char[MaxLength(text.Length)] : new char[MaxLength(text.Length)];
        return new string(output[..Compact(text, output)]);
    }

    /// <summary>Room <see cref="Compact(ReadOnlySpan{char}, Span{char})"/> may fill for a name of <paramref name="length"/> characters.</summary>
    private static int MaxLength(int length) => length * 2 + CharFolding.MaxExpansion;

    /// <summary>Writes the key of <paramref name="text"/> into <paramref name="output"/> (cut at its end); returns its length.</summary>
    private static int Compact(ReadOnlySpan<char> text, Span<char> output)
    {
        Span<char> buffer = stackalloc char[CharFolding.MaxExpansion];
        var n = 0;
        foreach (var c in text)
        {
            var count = CharFolding.Fold(c, buffer);
            for (var k = 0; k < count && n < output.Length; k++)
            {
                if (char.IsLetterOrDigit(buffer[k]))
                {
                    output[n++] = buffer[k];
                }
            }
        }

        return n;
    }

    /// <summary>Appends the letters and digits of already folded text; returns the new length, or -1 when it does not fit.</summary>
    public static int Append(ReadOnlySpan<char> folded, Span<char> destination, int length)
    {
        foreach (var c in folded)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (length == destination.Length)
            {
                return -1;
            }

            destination[length++] = c;
        }

        return length;
    }

    public static bool IsArabic(ReadOnlySpan<char> key) => key.Length > 0 && CharFolding.IsArabicLetter(key[0]);
}
