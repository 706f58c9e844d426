using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Numbers;

internal enum NumberWordKind
{
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale,
    Approx,
    Vague,
}

internal sealed record NumberWord(decimal Value, NumberWordKind Kind, decimal? Alone);

internal sealed record HedgeWord(CountHedge Hedge, bool Before);

/// <summary>Number words and hedges of one language, loaded from <c>data/lexicon/LANG/</c>.</summary>
internal sealed class NumberLexicon
{
    private NumberLexicon(PhraseMatcher<NumberWord> words, PhraseMatcher<HedgeWord> hedges, HashSet<string> joiners)
    {
        Words = words;
        Hedges = hedges;
        Joiners = joiners;
    }

    public PhraseMatcher<NumberWord> Words { get; }

    public PhraseMatcher<HedgeWord> Hedges { get; }

    /// <summary>Words that join two figures of a compound or a range (و, et, and, إلى, à, to…).</summary>
    public HashSet<string> Joiners { get; }

    public static Dictionary<Language, NumberLexicon> LoadAll(ResourceStore store) => new()
    {
        [Language.Arabic] = Load(store, "ar", ["و", "الي", "-"]),
        [Language.French] = Load(store, "fr", ["et", "a", "-"]),
        [Language.English] = Load(store, "en", ["and", "to", "-"]),
    };

    private static NumberLexicon Load(ResourceStore store, string language, string[] joiners)
    {
        var words = TsvTable.Read(store, $"lexicon/{language}/numbers.tsv", "form", "value", "kind").Rows.Select(row =>
        {
            var kind = Enum.TryParse<NumberWordKind>(row["kind"], ignoreCase: true, out var k) ? k : throw row.Fail($"unknown kind '{row["kind"]}'");
            var alone = row.Optional("alone") is { } a ? decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture) : (decimal?)null;
            return (row["form"], new NumberWord(decimal.Parse(row["value"], System.Globalization.CultureInfo.InvariantCulture), kind, alone));
        });
        var hedges = TsvTable.Read(store, $"lexicon/{language}/hedges.tsv", "phrase", "hedge", "position").Rows.Select(row =>
        {
            var hedge = row["hedge"].Replace("_", "", StringComparison.Ordinal);
            return (row["phrase"], new HedgeWord(
                Enum.TryParse<CountHedge>(hedge, ignoreCase: true, out var h) ? h : throw row.Fail($"unknown hedge '{row["hedge"]}'"),
                row["position"] == "before"));
        });
        return new NumberLexicon(new PhraseMatcher<NumberWord>(words), new PhraseMatcher<HedgeWord>(hedges), [.. joiners]);
    }
}
