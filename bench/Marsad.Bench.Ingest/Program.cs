using System.Diagnostics;
using System.Globalization;
using Marsad;
using Marsad.Bench.Ingest;
using Marsad.Pipeline;
using Marsad.Resources;
using Marsad.Store;

// Usage (from the repository root, in Release):
//   dotnet run -c Release --project bench/Marsad.Bench.Ingest -- [PATH=samples/articles.jsonl] [--count 10000] [--keep DB]
//   dotnet run -c Release --project bench/Marsad.Bench.Ingest -- --generated [--count 10000]
// Ingests COUNT articles into a fresh store with one analysis thread (beside the writer), then the same again (all unchanged), and
// prints throughput, peak memory and the time split between extraction and storage. PATH's articles
// are repeated with small variations and extracted by the shipped pipeline; --generated stores
// made-up analyses, so storage is measured alone. --keep copies the store to DB afterwards, to look into.
//   dotnet run -c Release --project bench/Marsad.Bench.Ingest -- [PATH] --count 2000 --teams postgresql://user@host:5432/postgres
// Side by side: SQLite by one process (Parallelism 1, all cores), PostgreSQL by one and two worker processes (see Teams);
// the URI's user must be allowed to create the database marsad_bench, which is dropped at the end.
if (args is ["--worker", var workerDb, var workerFile, var workerCores])
{
    return Teams.Work(workerDb, workerFile, int.Parse(workerCores, CultureInfo.InvariantCulture));
}

var generated = args.Contains("--generated");
var count = Option("--count") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
var keep = Option("--keep");
var path = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).FirstOrDefault()
    ?? Path.Combine("samples", "articles.jsonl");
if (Option("--teams") is { } server)
{
    Teams.Run(path, count, server);
    return 0;
}

var folder = Directory.CreateTempSubdirectory("marsad-bench-").FullName;
try
{
    List<IngestItem> items;
    Func<Article, ArticleAnalysis> analyze;
    if (generated)
    {
        var analyses = Enumerable.Range(0, count).Select(n => GeneratedReports.Article(n, 0)).ToDictionary(a => a.Article.Id);
        analyze = article => analyses[article.Id];
        items = [.. analyses.Values.Select(a => new IngestItem(a.Article, "generated"))];
        Console.WriteLine($"{count:N0} generated analyses (extraction is a look-up)");
    }
    else
    {
        var started = Stopwatch.GetTimestamp();
        var pipeline = MarsadPipeline.Load(ResourceStore.Embedded);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline loaded in {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s"));
        analyze = pipeline.Analyze;
        var articles = CorpusCopies.Read(path, count);
        items = [.. articles.Select(a => new IngestItem(a, path))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} articles from {path}, {articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)) / 1e6:F1} MB of text"));
    }

    var db = Path.Combine(folder, "bench.db");
    using var store = MarsadStore.Open(db);
    var ingestor = new ArticleIngestor(store, analyze, "bench") { Parallelism = 1 };
    Report("first ingest", count, Measure(() => ingestor.Ingest(items)));
    Report("re-ingest (unchanged)", count, Measure(() => ingestor.Ingest(items)));
    var counts = store.Counts();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"store: {counts.Articles} articles, {counts.Events} events, {counts.Clusters} incidents; file {new FileInfo(db).Length / 1048576.0:F1} MiB (+WAL)"));
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
    if (keep is not null)
    {
        store.Dispose();
        File.Copy(db, keep, overwrite: true);
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

return 0;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static (IngestSummary Summary, TimeSpan Elapsed, TimeSpan Cpu) Measure(Func<IngestSummary> run)
{
    using var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var started = Stopwatch.GetTimestamp();
    var summary = run();
    var elapsed = Stopwatch.GetElapsedTime(started);
    process.Refresh();
    return (summary, elapsed, process.TotalProcessorTime - cpu);
}

static void Report(string label, int count, (IngestSummary Summary, TimeSpan Elapsed, TimeSpan Cpu) run)
{
    var s = run.Summary;
    var seconds = run.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: {count} articles in {seconds:F2} s = {count / seconds:F0} articles/s ({count / run.Cpu.TotalSeconds:F0} per process CPU-s) " +
        $"(new {s.New}, unchanged {s.Unchanged}, failed {s.Failed}; events {s.Events}; clusters re-formed {s.ClustersWritten}); " +
        $"extraction {s.Extraction.TotalSeconds:F2} s ({s.Extraction.TotalSeconds / seconds:P0}), storage {s.Storage.TotalSeconds:F2} s ({s.Storage.TotalSeconds / seconds:P0})"));
}
