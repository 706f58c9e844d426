
namespace Marsad.Bench;

/// <summary>
/// Marsad's full extraction beside Lucene.Net's ArabicAnalyzer over the same texts in the same
/// process, single-threaded. Passes alternate between the two so a change in the machine's load
/// falls on both; the figures are the medians.
/// </summary>
internal static class Throughput
{
    public const string Lucene = "Lucene.Net ArabicAnalyzer";
    public const string Marsad = "Marsad Analyze";

    public static ThroughputReport Run(string path, string? language, double megabytes, int runs, double warmUpSeconds)
    {
        var loadBefore = Machine.LoadAverage();
        var source = Corpus.Read(path, language);
        var corpus = source.RepeatedTo(megabytes);
        var passes = new List<PassResult>();

        // Lucene first, before Marsad's resources are loaded, so its peak memory is its own.
        using var lucene = new LuceneBaseline();
        Func<Article, int> tokenize = article => lucene.Tokens(article.Text);
        Measure.WarmUp(source.Articles, tokenize, warmUpSeconds);
        passes.Add(Measure.Pass(Lucene, corpus, tokenize));

        var (pipeline, loads) = Loads.Run();

        Func<Article, int> analyze = article => pipeline.Analyze(article).Events.Length;
        Measure.WarmUp(source.Articles, analyze, warmUpSeconds);
        passes.Add(Measure.Pass(Marsad, corpus, analyze));
        for (var run = 1; run < runs; run++)
        {
            passes.Add(Measure.Pass(Lucene, corpus, tokenize));
            passes.Add(Measure.Pass(Marsad, corpus, analyze));
        }

        return new ThroughputReport(
            Machine.Current(),
            loadBefore,
            Machine.LoadAverage(),
            new CorpusInfo(Path.GetFullPath(path), language ?? "all", source.Articles.Count, source.Utf8Bytes, corpus.Articles.Count, corpus.Utf8Bytes),
            loads,
            passes);
    }
}
