using System.Globalization;
using Marsad.Ingest;

namespace Marsad.Bench.Ingest;

/// <summary>
/// Real articles repeated to a count, each copy a slightly different article: its own id, and
/// published a week after the copy before, so relative dates move with it, every copy is extracted
/// and stored anew, and the copies of a report do not all fall into one incident.
/// </summary>
internal static class CorpusCopies
{
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
        Published = a.Published?.AddDays(7 * copy),
    };
}
