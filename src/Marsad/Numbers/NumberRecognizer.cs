using System.Collections.Immutable;
using System.Globalization;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Numbers;

/// <summary>
/// Counts and amounts: digits with either thousands separator, number words with their gender and
/// case forms, compounds joined by و, scales (ألف، مليون), vague quantities (العشرات), ranges
/// (بين 8 و11) and hedges (ما لا يقل عن، نحو، أكثر من، على الأقل).
/// </summary>
public sealed class NumberRecognizer
{
    // The unit of a time of day, which the number roles read like any duration: it counts no people.
    private const string ClockUnit = "time";

    private const int MaxHour = 24;

    private readonly Dictionary<Language, NumberLexicon> _lexicons;
    private readonly PhraseMatcher<string> _units;

    private NumberRecognizer(Dictionary<Language, NumberLexicon> lexicons, PhraseMatcher<string> units)
    {
        _lexicons = lexicons;
        _units = units;
    }

    public static NumberRecognizer Load(ResourceStore store) => new(
        NumberLexicon.LoadAll(store),
        new PhraseMatcher<string>(TsvTable.Read(store, "lexicon/units.tsv", "form", "kind").Rows.Select(row => (row["form"], row["kind"]))));

    public ImmutableArray<NumberMention> Recognize(TextDocument doc)
    {
        var lexicon = _lexicons.GetValueOrDefault(doc.Language) ?? _lexicons[Language.Arabic];
        var hedgesBefore = new Dictionary<int, PhraseMatch<HedgeWord>>();
        var hedgesAfter = new Dictionary<int, PhraseMatch<HedgeWord>>();
        foreach (var hedge in lexicon.Hedges.FindAll(doc))
        {
            var index = hedge.Payload.Before ? hedgesBefore : hedgesAfter;
            var key = hedge.Payload.Before ? hedge.EndToken : hedge.FirstToken;
            if (!index.TryGetValue(key, out var existing) || existing.TokenCount < hedge.TokenCount)
            {
                index[key] = hedge;
            }
        }

        var parser = new QuantityParser(doc, lexicon);
        var mentions = ImmutableArray.CreateBuilder<NumberMention>();
        var i = 0;
        while (i < doc.Tokens.Length)
        {
            if (parser.Parse(i) is not { } quantity)
            {
                i++;
                continue;
            }

            if (ClockTimeEnd(doc, i, quantity) is { } clockEnd)
            {
                // « à 19h00 », "at 7:30": a time of day, whose figures count nobody.
                var clockSpan = doc.SpanOfFolded(quantity.NormStart, doc.Tokens[clockEnd - 1].NormEnd);
                mentions.Add(new NumberMention(i, clockEnd, clockSpan, quantity.Value, null, CountHedge.Exact, IsWritten: false, ClockUnit));
                i = clockEnd;
                continue;
            }

            var first = i;
            var end = quantity.End;
            var normStart = quantity.NormStart;
            decimal? upper = null;
            var hedge = quantity.Hedge;
            if (hedgesBefore.TryGetValue(i, out var before))
            {
                if (before.Payload.Hedge != CountHedge.Range)
                {
                    (hedge, first, normStart) = (before.Payload.Hedge, before.FirstToken, before.NormStart);
                }
                else if (parser.RangeEnd(end) is { } rangeEnd)
                {
                    (hedge, first, normStart, upper, end) = (CountHedge.Range, before.FirstToken, before.NormStart, rangeEnd.Value, rangeEnd.End);
                }
            }
            else if (parser.RangeEnd(end, requireTo: true) is { } rangeEnd)
            {
                (hedge, upper, end) = (CountHedge.Range, rangeEnd.Value, rangeEnd.End);
            }

            var normEnd = doc.Tokens[end - 1].NormEnd;
            var counted = end;

            // "ستة ركاب على الأقل": the hedge may follow the counted noun.
            if (hedgesAfter.TryGetValue(end, out var after)
                || (end < doc.Tokens.Length && doc.Tokens[end].IsWord && hedgesAfter.TryGetValue(end + 1, out after)))
            {
                (hedge, end, normEnd) = (after.Payload.Hedge, after.EndToken, after.NormEnd);
            }

            // The unit stands right after the figure, not after a hedge that follows the counted noun (12 جنديا على الأقل يوم السبت).
            var unit = UnitAt(doc, counted) ?? (PostposedOne(doc, quantity, first, counted) ? UnitAt(doc, first - 1) : null);
            mentions.Add(new NumberMention(first, end, doc.SpanOfFolded(normStart, normEnd), quantity.Value, upper, hedge, quantity.Written, unit));
            i = end;
        }

        return mentions.ToImmutable();
    }

    /// <summary>
    /// The end of a time of day that begins with a figure: hours joined to « h » or ':' and two digits of minutes (19h00,
    /// 7:30), or hours joined to « h » alone (19h); null when the figure is no hour.
    /// </summary>
    private static int? ClockTimeEnd(TextDocument doc, int index, Quantity quantity)
    {
        var tokens = doc.Tokens;
        var separator = quantity.End;
        if (quantity.Written || separator != index + 1 || quantity.Value > MaxHour || separator >= tokens.Length || tokens[separator].SpaceBefore)
        {
            return null;
        }

        var mark = doc.TokenString(separator);
        var hours = mark is "h" or "H";
        if (!hours && mark != ":")
        {
            return null;
        }

        var minutes = separator + 1;
        if (minutes < tokens.Length && !tokens[minutes].SpaceBefore && tokens[minutes].Kind == TokenKind.Digits)
        {
            return tokens[minutes].Length == 2 ? minutes + 1 : null;
        }

        // "19h" before a space or a stop; "7:" is no time.
        return hours && (minutes >= tokens.Length || tokens[minutes].SpaceBefore || tokens[minutes].Kind == TokenKind.Punct) ? minutes : null;
    }

    /// <summary>"خلال أسبوع واحد": Arabic writes "one" after the noun it counts, as an adjective, so its unit is the word before.</summary>
    private static bool PostposedOne(TextDocument doc, Quantity quantity, int first, int end) =>
        doc.Language == Language.Arabic && quantity is { Written: true, Value: 1 } && end == first + 1 && first > 0;

    private string? UnitAt(TextDocument doc, int index)
    {
        if (index >= doc.Tokens.Length)
        {
            return null;
        }

        var units = new List<PhraseMatch<string>>();
        _units.FindAt(doc, index, units);
        return units.Count > 0 ? units[0].Payload : null;
    }

    /// <summary>Figures from one position: a number atom, possibly compounded with following atoms.</summary>
    private sealed class QuantityParser(TextDocument doc, NumberLexicon lexicon)
    {
        private readonly List<PhraseMatch<NumberWord>> _buffer = [];

        public Quantity? Parse(int index)
        {
            if (Atom(index) is not { } atom)
            {
                return null;
            }

            // A leading و (وثلاثة) is a conjunction before the figure, not a compound.
            var quantity = atom with { ContinuesCompound = false };

            // Compounds: خمسة وعشرين، ثلاثة آلاف وخمسمئة، vingt-trois.
            while (quantity.Hedge == CountHedge.Exact && quantity.Written && Continuation(quantity.End) is { } next)
            {
                quantity = quantity with { Value = quantity.Value + next.Value, End = next.End };
            }

            return quantity;
        }

        /// <summary>The second figure of a range: a joiner (و, إلى, et, to) then a figure.</summary>
        public Quantity? RangeEnd(int index, bool requireTo = false)
        {
            if (index >= doc.Tokens.Length)
            {
                return null;
            }

            var joiner = doc.TokenString(index);
            if (lexicon.Joiners.Contains(joiner) && !(requireTo && IsAnd(joiner)) && Atom(index + 1) is { Hedge: CountHedge.Exact } second)
            {
                return second;
            }

            // وعشرين: the joiner is a clitic on the second figure.
            return !requireTo && Atom(index) is { ContinuesCompound: true } attached ? attached : null;
        }

        private static bool IsAnd(string joiner) => joiner is "و" or "et" or "and" or "-";

        private Quantity? Continuation(int index)
        {
            if (index >= doc.Tokens.Length)
            {
                return null;
            }

            if (doc.Tokens[index].Kind is TokenKind.Punct or TokenKind.Arabic or TokenKind.Latin
                && IsAnd(doc.TokenString(index)) && Atom(index + 1) is { Written: true, Hedge: CountHedge.Exact } joined)
            {
                return joined;
            }

            return Atom(index) is { ContinuesCompound: true, Hedge: CountHedge.Exact } attached ? attached : null;
        }

        private Quantity? Atom(int index)
        {
            if (index >= doc.Tokens.Length)
            {
                return null;
            }

            return doc.Tokens[index].Kind == TokenKind.Digits ? Digits(index) : Word(index);
        }

        private Quantity Digits(int index)
        {
            var text = doc.TokenString(index);
            var end = index + 1;
            string? fraction = null;
            while (end + 1 < doc.Tokens.Length && doc.Tokens[end].Kind == TokenKind.Punct && !doc.Tokens[end].SpaceBefore
                   && doc.Tokens[end + 1].Kind == TokenKind.Digits && !doc.Tokens[end + 1].SpaceBefore && fraction is null)
            {
                var separator = doc.Folded[doc.Tokens[end].NormStart];
                var group = doc.TokenString(end + 1);
                var decimalSeparator = doc.Language == Language.French ? ',' : '.';
                if (separator is not (',' or '.'))
                {
                    break;
                }

                if (group.Length == 3 && (separator != decimalSeparator || Scale(end + 2) is null))
                {
                    text += group; // thousands separator
                }
                else if (separator == decimalSeparator)
                {
                    fraction = group;
                }
                else
                {
                    break;
                }

                end += 2;
            }

            // "4 000", « 1 500 000 »: groups of three digits after one space (or a no-break space) are thousands.
            if (fraction is null && end == index + 1 && text.Length <= 3)
            {
                while (end < doc.Tokens.Length && doc.Tokens[end] is { Kind: TokenKind.Digits, SpaceBefore: true, Length: 3 }
                       && doc.Tokens[end].NormStart - doc.Tokens[end - 1].NormEnd == 1)
                {
                    text += doc.TokenString(end);
                    end++;
                }
            }

            var value = decimal.Parse(fraction is null ? text : $"{text}.{fraction}", CultureInfo.InvariantCulture);
            if (Scale(end) is { } scale)
            {
                (value, end) = (value * scale.Payload.Value, scale.EndToken);
            }

            return new Quantity(value, end, doc.Tokens[index].NormStart, CountHedge.Exact, Written: false, ContinuesCompound: false);
        }

        private Quantity? Word(int index)
        {
            if (Longest(index) is not { } match)
            {
                return null;
            }

            var word = match.Payload;
            var value = word.Value;
            var end = match.EndToken;
            var hedge = word.Kind switch
            {
                NumberWordKind.Vague => CountHedge.Vague,
                NumberWordKind.Approx => CountHedge.About,
                _ => CountHedge.Exact,
            };
            if (word.Kind == NumberWordKind.Scale)
            {
                value = word.Alone ?? word.Value; // ألف، مليونا دولار
            }
            else if (word.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten or NumberWordKind.Hundred or NumberWordKind.Approx
                     && Scale(end) is { } scale)
            {
                (value, end) = (value * scale.Payload.Value, scale.EndToken);
            }

            var continues = match.Prefix.StartsWith('و') && word.Kind != NumberWordKind.Vague;
            return new Quantity(value, end, match.NormStart, hedge, Written: true, continues);
        }

        private PhraseMatch<NumberWord>? Scale(int index)
        {
            if (index >= doc.Tokens.Length || Longest(index) is not { } match || match.Payload.Kind != NumberWordKind.Scale || match.Prefix.Length > 0)
            {
                return null;
            }

            return match;
        }

        private PhraseMatch<NumberWord>? Longest(int index)
        {
            _buffer.Clear();
            lexicon.Words.FindAt(doc, index, _buffer);
            PhraseMatch<NumberWord>? best = null;
            foreach (var match in _buffer)
            {
                // A number is never read through a stripped article (الأحد is Sunday, not "one") nor the ك of likeness (كمية is "a quantity", not "as a hundred").
                if (match.Prefix.Contains("ال", StringComparison.Ordinal) || match.Prefix.Contains('ك') || match.Suffix.Length > 0)
                {
                    continue;
                }

                if (best is null || match.EndToken > best.Value.EndToken || (match.EndToken == best.Value.EndToken && match.Prefix.Length < best.Value.Prefix.Length))
                {
                    best = match;
                }
            }

            return best;
        }
    }

    private sealed record Quantity(decimal Value, int End, int NormStart, CountHedge Hedge, bool Written, bool ContinuesCompound);
}
