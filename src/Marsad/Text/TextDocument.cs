using System.Collections.Immutable;
using Marsad.Lexicon;

namespace Marsad.Text;

/// <summary>
/// The text layers of one article: the original, its folded form with the offset map, tokens,
/// sentences and language. Later stages add mention layers in their own records; this one is
/// never changed.
/// </summary>
public sealed class TextDocument
{
    private readonly int[] _sentenceOfToken;
    private readonly List<CliticReading>?[] _readings;

    private TextDocument(NormalizedText norm, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, Language language)
    {
        Norm = norm;
        Tokens = tokens;
        Sentences = sentences;
        Language = language;
        _sentenceOfToken = new int[tokens.Length];
        Array.Fill(_sentenceOfToken, -1);
        _readings = new List<CliticReading>?[tokens.Length];
        foreach (var sentence in sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                _sentenceOfToken[t] = sentence.Index;
            }
        }
    }

    public NormalizedText Norm { get; }

    public string Original => Norm.Original;

    public string Folded => Norm.Value;

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public Language Language { get; }

    public static TextDocument Create(string original, Language? declared = null)
    {
        var norm = NormalizedText.Create(original);
        var tokens = Tokenizer.Tokenize(norm.Value);
        var sentences = SentenceSplitter.Split(norm.Value, tokens);
        var language = declared ?? LanguageDetector.Detect(norm.Value, tokens);
        return new TextDocument(norm, [.. tokens], [.. sentences], language);
    }

    /// <summary>The folded text of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index)
    {
        var token = Tokens[index];
        return Folded.AsSpan(token.NormStart, token.Length);
    }

    public string TokenString(int index) => TokenText(index).ToString();

    /// <summary>
    /// The readings of token <paramref name="index"/> with proclitics stripped, surface first;
    /// computed once and shared by every lexicon.
    /// </summary>
    public IReadOnlyList<CliticReading> Readings(int index)
    {
        if (_readings[index] is { } cached)
        {
            return cached;
        }

        var token = Tokens[index];
        var readings = token.Kind == TokenKind.Arabic
            ? ArabicClitics.PrefixReadings(TokenText(index))
            : [new CliticReading(TokenString(index), 0, token.Length, "", "")];
        _readings[index] = readings;
        return readings;
    }

    /// <summary>Index of the sentence holding token <paramref name="index"/>, or -1 for a bare line break.</summary>
    public int SentenceOf(int index) => _sentenceOfToken[index];

    /// <summary>The original span of tokens <c>[first, end)</c>.</summary>
    public TextSpan SpanOfTokens(int first, int end) =>
        Norm.ToOriginal(Tokens[first].NormStart, Tokens[end - 1].NormEnd);

    /// <summary>The original span of a folded range.</summary>
    public TextSpan SpanOfFolded(int start, int end) => Norm.ToOriginal(start, end);

    public TextSpan SpanOfSentence(int sentence)
    {
        var s = Sentences[sentence];
        var end = s.EndToken;
        while (end > s.FirstToken + 1 && Tokens[end - 1].Kind == TokenKind.LineBreak)
        {
            end--;
        }

        return SpanOfTokens(s.FirstToken, end);
    }

    public string OriginalText(TextSpan span) => Original[span.Start..span.End];

    /// <summary>
    /// True when the original text of <paramref name="span"/> carries the tanween of an indefinite accusative (ـًا): the mark of
    /// a noun or adjective, never of a proper name such as a country's (نيجيريًا is "Nigerian", نيجيريا "Nigeria").
    /// </summary>
    public bool CarriesTanween(TextSpan span) => Original.AsSpan(span.Start, span.End - span.Start).Contains('\u064B');

    /// <summary>True when token <paramref name="index"/> is a comma, Latin or Arabic.</summary>
    public bool IsComma(int index) => IsPunct(index, ',') || IsPunct(index, '،');

    /// <summary>True when the token is exactly the punctuation <paramref name="c"/>.</summary>
    public bool IsPunct(int index, char c) =>
        index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Punct && Folded[Tokens[index].NormStart] == c;
}
