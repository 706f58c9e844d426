using Marsad.Lexicon;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// Finds date expressions in one document: a small grammar over tokens and the date words of
/// <see cref="TimeLexicon"/>. At each token it tries every rule and keeps the longest parse, then
/// moves past it. One parser per document (it holds the document's word matches).
/// </summary>
internal sealed partial class DateParser
{
    private readonly TextDocument _doc;
    // Words of the longest approximation ("ما يقرب من").
    private const int MaxApproxWords = 3;

    private readonly List<PhraseMatch<TimeWord>>[] _words;

    // The last feast the text named, for "أول أيام العيد" (the first day of the Eid).
    private (int Month, int Day) _lastFeast;

    public DateParser(TextDocument doc, TimeLexicon lexicon)
    {
        _doc = doc;
        _words = new List<PhraseMatch<TimeWord>>[doc.Tokens.Length];
        var matcher = lexicon.For(doc.Language);
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            _words[i] = [];
            matcher.FindAt(doc, i, _words[i]);

            // "أخرى" (other) reads as "آخر" (the end of) with a pronoun: a part of a period takes none.
            _words[i].RemoveAll(m => m.Payload.Kind == TimeWordKind.PeriodPart && m.Suffix.Length > 0);
            if (doc.Tokens[i].Length == 1 && doc.Tokens[i].Kind == TokenKind.Arabic)
            {
                // One-letter words ("و" between two days, "هـ" after a Hijri year) have no clitic readings to match.
                var token = doc.Tokens[i];
                _words[i].AddRange(lexicon.Letter(doc.Language, doc.Folded[token.NormStart])
                    .Select(word => new PhraseMatch<TimeWord>(i, i + 1, token.NormStart, token.NormEnd, "", "", word)));
            }
        }
    }

    /// <summary>A parse: what it says and the token just after it.</summary>
    private readonly record struct Parse(DateExpression Expression, int End);

    public List<DateMention> Recognize()
    {
        var mentions = new List<DateMention>();
        var i = 0;
        while (i < _doc.Tokens.Length)
        {
            var parse = ParseAt(i);
            var end = parse?.End ?? i + 1;
            if (parse is { } p)
            {
                mentions.Add(new DateMention(_doc.SpanOfTokens(i, end), i, end, p.Expression));
            }

            for (; i < end; i++)
            {
                NoteFeast(i);
            }
        }

        return mentions;
    }

    private Parse? ParseAt(int i)
    {
        if (Word(i, TimeWordKind.Since, out _, out var next))
        {
            var inner = Inner(next) ?? SinceDuration(next);
            return inner is { } p ? new Parse(new Since(p.Expression), p.End) : null;
        }

        return Inner(i);
    }

    // On a tie the plainer reading wins: "الأول من الشهر" is the first day, not "early in the month".
    private Parse? Inner(int i) => Longest(
        Core(i), Range(i), PartOfDayAt(i), PartOfPeriodAt(i));

    private Parse? Core(int i) => WithPostposedDayPart(Longest(
        RelativeDayAt(i), WeekdayLed(i), DayLed(i), MonthLed(i), Numeric(i), Year(i), HijriLed(i), FeastAt(i),
        RelativePeriodAt(i), Anaphora(i), AgoAt(i), Later(i), NewYearAt(i), SeasonLed(i)));

    // A span, not an array: every token tries up to fourteen rules, and an array per try was most of this stage's garbage.
    private static Parse? Longest(params ReadOnlySpan<Parse?> parses)
    {
        Parse? best = null;
        foreach (var parse in parses)
        {
            if (parse is { } p && (best is null || p.End > best.Value.End))
            {
                best = p;
            }
        }

        return best;
    }

    // "mardi soir", "hier soir", "Tuesday night": French and English put the part of day after.
    private Parse? WithPostposedDayPart(Parse? parse)
    {
        if (parse is not { } p || p.Expression is not (WeekdayDate or RelativeDay or CalendarDate { Day: not null })
            || !Word(p.End, TimeWordKind.DayPart, out var part, out var end) || _doc.Tokens[p.End].Kind != TokenKind.Latin)
        {
            return parse;
        }

        return new Parse(new PartOfDay((DayPart)part.Part, p.Expression), end);
    }

    private void NoteFeast(int i)
    {
        foreach (var match in _words[i])
        {
            if (match.Payload.Kind == TimeWordKind.Feast && match.Payload.Feast.Month != 0)
            {
                _lastFeast = match.Payload.Feast;
            }
        }
    }

    /// <summary>The longest word of <paramref name="kind"/> starting at token <paramref name="i"/>.</summary>
    private bool Word(int i, TimeWordKind kind, out TimeWord word, out int end)
    {
        word = default;
        end = -1;
        if (i < 0 || i >= _words.Length)
        {
            return false;
        }

        foreach (var match in _words[i])
        {
            if (match.Payload.Kind == kind && match.EndToken > end)
            {
                word = match.Payload;
                end = match.EndToken;
            }
        }

        return end > 0;
    }

    private bool Word(int i, TimeWordKind kind, out int end) => Word(i, kind, out _, out end);

    /// <summary>A run of digits that is a whole number (not part of 3.5, 1,500 or 12:30).</summary>
    private bool Digits(int i, int min, int max, out int value)
    {
        foreach (var separator in ".,:")
        {
            if (_doc.IsPunct(i + 1, separator) && i + 2 < _doc.Tokens.Length && _doc.Tokens[i + 2].Kind == TokenKind.Digits && !_doc.Tokens[i + 1].SpaceBefore && !_doc.Tokens[i + 2].SpaceBefore)
            {
                value = 0;
                return false;
            }
        }

        return AnyDigits(i, min, max, out value);
    }

    /// <summary>A run of digits, whatever follows it (the parts of 05.01.2025).</summary>
    private bool AnyDigits(int i, int min, int max, out int value)
    {
        value = 0;
        if (i < 0 || i >= _doc.Tokens.Length || _doc.Tokens[i].Kind != TokenKind.Digits || _doc.Tokens[i].Length > 4)
        {
            return false;
        }

        value = int.Parse(_doc.TokenText(i), System.Globalization.CultureInfo.InvariantCulture);
        return value >= min && value <= max;
    }

    private bool IsPunct(int i, char c) => _doc.IsPunct(i, c);

    /// <summary>Skips one punctuation mark <paramref name="c"/> at <paramref name="i"/>, if there.</summary>
    private int Skip(int i, char c) => IsPunct(i, c) ? i + 1 : i;

    private int SkipWord(int i, TimeWordKind kind) => Word(i, kind, out var end) ? end : i;

    /// <summary>
    /// True when the word before <paramref name="i"/> is a preposition that introduces a date ("في", "en", "in", "منذ"), and not the
    /// end of an approximation: "أكثر من 2000 قتيل", « plus de 2000 morts » count.
    /// </summary>
    private bool AfterPreposition(int i) =>
        i > 0 && _words[i - 1].Exists(m => m.EndToken == i && m.Payload.Kind is TimeWordKind.Preposition or TimeWordKind.Since or TimeWordKind.Of or TimeWordKind.MonthWord or TimeWordKind.PeriodPart)
        && !Enumerable.Range(Math.Max(0, i - MaxApproxWords), Math.Min(i, MaxApproxWords)).Any(start => _words[start].Exists(m => m.EndToken == i && m.Payload.Kind == TimeWordKind.Approx));
}
