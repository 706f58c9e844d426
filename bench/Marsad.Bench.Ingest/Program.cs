using System.Diagnostics;
using System.Globalization;
using Marsad;
using Marsad.Bench.Ingest;
using Marsad.Pipeline;
using Marsad.Store;

// Usage: Marsad.Bench.Ingest [COUNT=10000]
// Ingests COUNT generated articles (analyses pre-built, so extraction is a look-up) into a fresh
// store on one core, then ingests them again (all unchanged), and prints throughput, peak memory
// and the time split between extraction and storage.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var folder = Directory.CreateTempSubdirectory("marsad-bench-").FullName;
try
{
    var analyses = Enumerable.Range(0, count).Select(n => GeneratedReports.Article(n, 0)).ToDictionary(a => a.Article.Id);
    Func<Article, ArticleAnalysis> analyze = article => analyses[article.Id];
    var items = analyses.Values.Select(a => new IngestItem(a.Article, "generated")).ToList();

    using var store = MarsadStore.Open(Path.Combine(folder, "bench.db"));
    var ingestor = new ArticleIngestor(store, analyze, "bench") { Parallelism = 1 };
    Report("first ingest", count, Measure(() => ingestor.Ingest(items)));
    Report("re-ingest (unchanged)", count, Measure(() => ingestor.Ingest(items)));
    var counts = store.Counts();
    Console.WriteLine($"store: {counts.Articles} articles, {counts.Events} events, {counts.Clusters} incidents; file {new FileInfo(Path.Combine(folder, "bench.db")).Length / 1048576.0:F1} MiB (+WAL)");
    Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static (IngestSummary Summary, TimeSpan Elapsed) Measure(Func<IngestSummary> run)
{
    var started = Stopwatch.GetTimestamp();
    var summary = run();
    return (summary, Stopwatch.GetElapsedTime(started));
}

static void Report(string label, int count, (IngestSummary Summary, TimeSpan Elapsed) run)
{
    var s = run.Summary;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: {count} articles in {run.Elapsed.TotalSeconds:F2} s = {count / run.Elapsed.TotalSeconds:F0} articles/s " +
        $"(new {s.New}, unchanged {s.Unchanged}, failed {s.Failed}; events {s.Events}; clusters re-formed {s.ClustersWritten}); " +
        $"extraction {s.Extraction.TotalSeconds:F2} s, storage {s.Storage.TotalSeconds:F2} s"));
}
