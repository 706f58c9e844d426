namespace Marsad.Text;

/// <summary>
/// Sentence boundaries: a line break, or a full stop, question or exclamation mark (with any
/// closing quotes after it) — but not a dot between digits (<c>3.5</c>).
/// </summary>
public static class SentenceSplitter
{
    public static Sentence[] Split(string folded, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var end = -1;
            if (token.Kind == TokenKind.LineBreak)
            {
                end = i + 1;
            }
            else if (token.Kind == TokenKind.Punct && IsTerminal(folded[token.NormStart]) && !IsDecimalPoint(tokens, i, folded))
            {
                end = i + 1;
                while (end < tokens.Length && tokens[end].Kind == TokenKind.Punct
                       && (IsTerminal(folded[tokens[end].NormStart]) || IsClosingQuote(folded[tokens[end].NormStart])))
                {
                    end++;
                }
            }

            if (end < 0)
            {
                continue;
            }

            AddIfContent(sentences, tokens, start, end);
            start = end;
            i = end - 1;
        }

        AddIfContent(sentences, tokens, start, tokens.Length);
        return [.. sentences];
    }

    private static void AddIfContent(List<Sentence> sentences, ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.LineBreak)
            {
                sentences.Add(new Sentence(sentences.Count, start, end));
                return;
            }
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '؟' or '…';

    private static bool IsClosingQuote(char c) => c is '»' or '"' or '”' or '\'' or ')' or '›';

    private static bool IsDecimalPoint(ReadOnlySpan<Token> tokens, int i, string folded) =>
        folded[tokens[i].NormStart] == '.'
        && i > 0 && i + 1 < tokens.Length
        && tokens[i - 1].Kind == TokenKind.Digits && tokens[i + 1].Kind == TokenKind.Digits
        && !tokens[i].SpaceBefore && !tokens[i + 1].SpaceBefore;
}
