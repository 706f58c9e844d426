using System.Globalization;
using Marsad.Ingest;

namespace Marsad.Bench.Ingest;

/// <summary>
/// Real articles repeated to a count, each copy a slightly different article: its own id and URL
/// (the same text under another URL would be a republished copy, stored once), and published five
/// weeks after the copy before (undated articles get a date from their first copy on). Dates move
/// with it, so the copies of a report fall into a handful of incidents, as a story retold by a few
/// outlets does, not into one incident with a source per copy.
/// </summary>
internal static class CorpusCopies
{
    // A day and month with no year resolve in the publication's year: 35 days apart, about ten copies share one.
    private const int DaysApart = 35;
    private static readonly DateOnly FirstUndated = new(2024, 1, 1);

    public static List<Article> Read(string path, int count)
    {
        var originals = new List<Article>();
        foreach (var item in ArticleFiles.Read(path, new ArticleReadOptions()))
        {
            originals.Add(item.Article ?? throw new InvalidDataException(string.Join('\n', item.Problems)));
        }

        if (originals.Count == 0)
        {
            throw new InvalidDataException($"{path}: no articles");
        }

        return [.. Enumerable.Range(0, count).Select(n => Vary(originals[n % originals.Count], n / originals.Count))];
    }

    private static Article Vary(Article a, int copy) => copy == 0 ? a : a with
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"{a.Id}~{copy}"),
        Published = (a.Published ?? FirstUndated).AddDays(DaysApart * copy),
        Url = string.Create(CultureInfo.InvariantCulture, $"https://bench.invalid/{a.Id}/{copy}"),
    };
}
