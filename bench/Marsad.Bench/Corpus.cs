using System.Text;
using Marsad.Ingest;

namespace Marsad.Bench;

/// <summary>The articles a run measures: read from a path given at run time, never copied into the repository.</summary>
internal sealed class Corpus
{
    private Corpus(IReadOnlyList<Article> articles)
    {
        Articles = articles;
        Utf8Bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
    }

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>UTF-8 size of the texts (the body the pipeline reads; titles and metadata excluded).</summary>
    public long Utf8Bytes { get; }

    public double Megabytes => Utf8Bytes / 1e6;

    /// <summary>
    /// Reads an articles JSONL file (or anything <c>marsad extract</c> reads); fails on the first
    /// unreadable item. Keeps the articles declared in <paramref name="language"/> (all for null):
    /// Marsad returns at once from a language it does not extract, so mixing them in flatters it.
    /// </summary>
    public static Corpus Read(string path, string? language)
    {
        var articles = new List<Article>();
        foreach (var item in ArticleFiles.Read(path, new ArticleReadOptions()))
        {
            if (item.Article is null)
            {
                throw new InvalidDataException(string.Join('\n', item.Problems));
            }

            if (language is null || string.Equals(item.Article.Lang, language, StringComparison.OrdinalIgnoreCase))
            {
                articles.Add(item.Article);
            }
        }

        return articles.Count > 0 ? new Corpus(articles) : throw new InvalidDataException($"{path}: no articles{(language is null ? "" : " in " + language)}");
    }

    /// <summary>
    /// The articles repeated, each copy with its own id and its own copy of the text, until the texts
    /// reach <paramref name="megabytes"/> (decimal MB of UTF-8): enough work that one run outlasts timer
    /// noise and GC warm-up, and text that is not all in the CPU's cache.
    /// </summary>
    public Corpus RepeatedTo(double megabytes)
    {
        var copies = Math.Max(1, (int)Math.Ceiling(megabytes * 1e6 / Utf8Bytes));
        var repeated = new List<Article>(Articles.Count * copies);
        for (var copy = 0; copy < copies; copy++)
        {
            repeated.AddRange(Articles.Select(a => a with { Id = $"{a.Id}#{copy}", Text = new string(a.Text.AsSpan()) }));
        }

        return new Corpus(repeated);
    }

    /// <summary><paramref name="count"/> articles spread evenly over the corpus: a small, varied sample.</summary>
    public IReadOnlyList<Article> Sample(int count)
    {
        var step = Math.Max(1, Articles.Count / count);
        return [.. Articles.Where((_, i) => i % step == 0).Take(count)];
    }
}
