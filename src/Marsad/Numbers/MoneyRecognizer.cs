using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Numbers;

/// <summary>
/// Amounts: a count directly followed by a currency (20 مليون فرنك سيفا، مليونا دولار، 50 millions de
/// nairas) or preceded by a symbol ($2 million), and whether the sum is per person.
/// </summary>
public sealed class MoneyRecognizer
{
    private const int PerHeadWindow = 2;
    private readonly PhraseMatcher<Currency> _currencies;
    private readonly PhraseMatcher<bool> _perHead;

    private MoneyRecognizer(PhraseMatcher<Currency> currencies, PhraseMatcher<bool> perHead)
    {
        _currencies = currencies;
        _perHead = perHead;
    }

    public static MoneyRecognizer Load(ResourceStore store)
    {
        var currencies = TsvTable.Read(store, "lexicon/currencies.tsv", "phrase", "code", "position").Rows
            .Select(row => (row["phrase"], new Currency(row["code"], row["position"] == "before")));
        var perHead = TsvTable.Read(store, "lexicon/per_head.tsv", "phrase").Rows.Select(row => (row["phrase"], true));
        return new MoneyRecognizer(new PhraseMatcher<Currency>(currencies), new PhraseMatcher<bool>(perHead));
    }

    public ImmutableArray<MoneyMention> Recognize(TextDocument doc, ImmutableArray<NumberMention> numbers)
    {
        var currencies = _currencies.FindLongest(doc);
        var after = currencies.Where(c => !c.Payload.Before).GroupBy(c => c.FirstToken).ToDictionary(g => g.Key, g => g.First());
        var before = currencies.Where(c => c.Payload.Before).GroupBy(c => c.EndToken).ToDictionary(g => g.Key, g => g.First());
        var perHeadStarts = _perHead.FindAll(doc).Select(m => m.FirstToken).ToHashSet();
        var money = ImmutableArray.CreateBuilder<MoneyMention>();
        foreach (var number in numbers)
        {
            TextSpan span;
            Currency currency;
            int end;
            if (after.TryGetValue(SkipOf(doc, number.EndToken), out var following))
            {
                (span, currency, end) = (number.Span.Cover(doc.SpanOfFolded(following.NormStart, following.NormEnd)), following.Payload, following.EndToken);
            }
            else if (before.TryGetValue(number.FirstToken, out var symbol))
            {
                (span, currency, end) = (number.Span.Cover(doc.SpanOfTokens(symbol.FirstToken, symbol.EndToken)), symbol.Payload, number.EndToken);
            }
            else
            {
                continue;
            }

            var perHead = Enumerable.Range(end, PerHeadWindow + 1).Any(perHeadStarts.Contains);
            money.Add(new MoneyMention(span, number.Value, currency.Code, perHead, number));
        }

        return money.ToImmutable();
    }

    // "50 millions de nairas", "2 millions of dollars": a French or English linking word may sit between.
    private static int SkipOf(TextDocument doc, int index) =>
        index < doc.Tokens.Length && doc.TokenText(index) is "de" or "d" or "of" ? index + 1 + (doc.IsPunct(index + 1, '\'') ? 1 : 0) : index;

    private sealed record Currency(string Code, bool Before);
}
