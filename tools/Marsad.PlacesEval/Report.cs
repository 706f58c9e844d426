namespace Marsad.PlacesEval;

using Marsad.Places;

/// <summary>Counts hits per language and lists the misses.</summary>
internal sealed class Report
{
    private readonly Dictionary<string, (int Total, int Chosen, int Any)> _byLang = [];
    private readonly List<string> _misses = [];

    public void Add(CorpusArticle article, GoldPlace gold, List<(PlaceMention Mention, ResolvedPlace Place)> inside, List<(PlaceMention Mention, ResolvedPlace Place)> nearest)
    {
        var chosen = Choose(inside) ?? Choose(nearest);
        var chosenHit = chosen is not null && Program.Within(Program.Km(chosen.Value.Place, gold));
        var anyHit = inside.Concat(nearest).Any(r => Program.Within(Program.Km(r.Place, gold)));
        var counts = _byLang.GetValueOrDefault(article.Lang);
        _byLang[article.Lang] = (counts.Total + 1, counts.Chosen + (chosenHit ? 1 : 0), counts.Any + (anyHit ? 1 : 0));
        if (!chosenHit)
        {
            var got = chosen is null ? "no mention in evidence" : $"{Program.Show(chosen.Value.Place)} at {Program.Km(chosen.Value.Place, gold):0} km";
            var others = string.Join("; ", inside.Concat(nearest).Where(r => r != chosen).Select(r => r.Mention.Surface + "→" + (r.Place.Location ?? "?")));
            _misses.Add($"{gold.ArticleId}#{gold.Index} gold {gold.Location} {gold.Latitude},{gold.Longitude}: {got}{(anyHit ? " (another mention hits)" : "")} | others: {others}");
        }
    }

    /// <summary>The mention an event assembler would take: the most precise located place, first in the text.</summary>
    private static (PlaceMention Mention, ResolvedPlace Place)? Choose(List<(PlaceMention Mention, ResolvedPlace Place)> inside) =>
        inside.Where(r => !r.Place.Unresolved && r.Place.Latitude is not null)
            .OrderBy(r => r.Place.GeoPrecision)
            .ThenBy(r => r.Mention.FirstToken)
            .Cast<(PlaceMention, ResolvedPlace)?>()
            .FirstOrDefault();

    public void Print()
    {
        var total = _byLang.Values.Sum(v => v.Total);
        var chosen = _byLang.Values.Sum(v => v.Chosen);
        var any = _byLang.Values.Sum(v => v.Any);
        Console.WriteLine("lang  events  within25km(chosen)  within25km(any mention)");
        foreach (var (lang, v) in _byLang.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{lang,-5} {v.Total,6}  {v.Chosen,4} ({(double)v.Chosen / v.Total,5:P1})       {v.Any,4} ({(double)v.Any / v.Total,5:P1})");
        }

        Console.WriteLine($"all   {total,6}  {chosen,4} ({(double)chosen / total,5:P1})       {any,4} ({(double)any / total,5:P1})");
        Console.WriteLine("misses:");
        foreach (var miss in _misses)
        {
            Console.WriteLine("  " + miss);
        }
    }
}
