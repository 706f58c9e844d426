namespace Marsad.Text;

/// <summary>Splits folded text into letter runs (one script each), digit runs, punctuation and line breaks.</summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string folded)
    {
        var tokens = new List<Token>(folded.Length / 5 + 4);
        var i = 0;
        var space = false;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c == '\n')
            {
                tokens.Add(new Token(i, i + 1, TokenKind.LineBreak, space));
                space = true;
                i++;
                continue;
            }

            if (c == ' ')
            {
                space = true;
                i++;
                continue;
            }

            var kind = KindOf(c);
            var start = i;
            i++;
            if (kind == TokenKind.Punct)
            {
                if (char.IsHighSurrogate(c) && i < folded.Length && char.IsLowSurrogate(folded[i]))
                {
                    i++;
                }
            }
            else
            {
                while (i < folded.Length && KindOf(folded[i]) == kind)
                {
                    i++;
                }
            }

            tokens.Add(new Token(start, i, kind, space));
            space = false;
        }

        return [.. tokens];
    }

    private static TokenKind KindOf(char c)
    {
        if (CharFolding.IsArabicLetter(c))
        {
            return TokenKind.Arabic;
        }

        if (c is >= '0' and <= '9')
        {
            return TokenKind.Digits;
        }

        return char.IsLetter(c) ? TokenKind.Latin : TokenKind.Punct;
    }
}
