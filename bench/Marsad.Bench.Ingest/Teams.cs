using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Resources;
using Marsad.Store;
using Npgsql;

namespace Marsad.Bench.Ingest;

/// <summary>
/// The same articles ingested, side by side in one run, into SQLite by one process (one analysis thread
/// beside the writer, then all cores) and into PostgreSQL by one and by two worker processes (each with
/// all cores, each half of the articles). Every run is in fresh worker processes that load the pipeline
/// and open the store first, then start together; the rate is articles over the wall time from that start
/// until the last worker is done, and the memory is each worker's peak working set.
/// </summary>
internal static class Teams
{
    private const string DatabaseName = "marsad_bench";

    public static void Run(string path, int count, string server)
    {
        var folder = Directory.CreateTempSubdirectory("marsad-teams-").FullName;
        try
        {
            var articles = CorpusCopies.Read(path, count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count:N0} articles from {path}; {Environment.ProcessorCount} cores; PostgreSQL at {PostgresLocation.Redact(server)}"));
            var all = Write(folder, "all.jsonl", articles);
            var halves = new[]
            {
                Write(folder, "half0.jsonl", articles.Where((_, i) => i % 2 == 0)),
                Write(folder, "half1.jsonl", articles.Where((_, i) => i % 2 == 1)),
            };
            var cores = Environment.ProcessorCount;
            var runs = new List<(string Label, RunResult Result)>
            {
                ("SQLite, 1 process, 1 analysis thread", Measure([(Path.Combine(folder, "one-core.db"), all, 1)])),
                ($"SQLite, 1 process, {cores} cores", Measure([(Path.Combine(folder, "all-cores.db"), all, cores)])),
                ($"PostgreSQL, 1 worker, {cores} cores", Measure([(FreshDatabase(server), all, cores)])),
                ($"PostgreSQL, 2 workers, {cores} cores each", Measure([(FreshDatabase(server), halves[0], cores), (FreshDatabase(server, create: false), halves[1], cores)])),
            };
            DropDatabase(server);

            Console.WriteLine();
            Console.WriteLine("| ingest | articles/s | wall | storage (each worker) | peak working set (each worker) | store |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var (label, r) in runs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {label} | **{count / r.Seconds:F0}** | {r.Seconds:F1} s | {string.Join(", ", r.Workers.Select(w => $"{w.Storage:F1} s"))} | " +
                    $"{string.Join(", ", r.Workers.Select(w => $"{w.PeakMiB:F0} MiB"))} | {r.Counts} |"));
            }

            var oneThread = runs[0].Result.Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\nSQLite on {cores} cores: {oneThread / runs[1].Result.Seconds:F2}× its rate with one analysis thread (for the one-core rate, run under taskset -c 0); PostgreSQL 2 workers: {runs[2].Result.Seconds / runs[3].Result.Seconds:F2}× 1 worker"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A worker process: loads the pipeline, opens the store, says "ready", waits for a line, ingests, says what it did.</summary>
    public static int Work(string db, string file, int parallelism)
    {
        var analyze = MarsadPipeline.Load(ResourceStore.Embedded).Analyze;
        var items = File.ReadLines(file).Select(line => new IngestItem(JsonSerializer.Deserialize<Article>(line)!, file)).ToList();
        using var store = MarsadStore.Open(db);
        Console.WriteLine("ready");
        _ = Console.ReadLine();
        var summary = new ArticleIngestor(store, analyze, "bench") { Parallelism = parallelism }.Ingest(items);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(JsonSerializer.Serialize(new WorkerResult(summary.New, summary.Unchanged, summary.Failed, summary.Extraction.TotalSeconds,
            summary.Storage.TotalSeconds, process.PeakWorkingSet64 / 1048576.0)));
        return summary.Failed > 0 ? 1 : 0;
    }

    private sealed record WorkerResult(int New, int Unchanged, int Failed, double Extraction, double Storage, double PeakMiB);

    private sealed record RunResult(double Seconds, WorkerResult[] Workers, string Counts);

    private static RunResult Measure((string Db, string File, int Parallelism)[] workers)
    {
        var processes = workers.Select(w =>
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { typeof(Teams).Assembly.Location, "--worker", w.Db, w.File, w.Parallelism.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            return Process.Start(start)!;
        }).ToList();
        try
        {
            foreach (var process in processes)
            {
                if (process.StandardOutput.ReadLine() != "ready")
                {
                    throw new InvalidOperationException("a worker did not start");
                }
            }

            var started = Stopwatch.GetTimestamp();
            foreach (var process in processes)
            {
                process.StandardInput.WriteLine("go");
                process.StandardInput.Flush();
            }

            var results = processes.Select(p => JsonSerializer.Deserialize<WorkerResult>(p.StandardOutput.ReadLine()!)!).ToArray();
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            foreach (var process in processes)
            {
                process.WaitForExit();
            }

            if (results.Any(r => r.Failed > 0))
            {
                throw new InvalidOperationException("a worker failed articles");
            }

            using var store = MarsadStore.Open(workers[0].Db);
            var counts = store.Counts();
            return new RunResult(seconds, results, $"{counts.Articles} articles, {counts.Events} events, {counts.Clusters} incidents");
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }
        }
    }

    private static string Write(string folder, string name, IEnumerable<Article> articles)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, articles.Select(a => JsonSerializer.Serialize(a)));
        return path;
    }

    /// <summary>An empty bench database on the server (dropped and created again unless <paramref name="create"/> is false); its URI.</summary>
    private static string FreshDatabase(string server, bool create = true)
    {
        if (create)
        {
            DropDatabase(server);
            Admin(server, $"CREATE DATABASE {DatabaseName}");
        }

        var scheme = server.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = server.IndexOfAny(['/', '?'], scheme) is var e and >= 0 ? e : server.Length;
        var query = server.IndexOf('?') is var q and >= 0 ? server[q..] : "";
        return server[..end] + "/" + DatabaseName + query;
    }

    private static void DropDatabase(string server) => Admin(server, $"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)");

    private static void Admin(string server, string sql)
    {
        var builder = PostgresLocation.Parse(server);
        builder.Pooling = false;
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
