using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Marsad.Tests.Store;

/// <summary>
/// Several ingest processes writing one PostgreSQL store at once: four workers take overlapping parts of a
/// corpus, each in its own order, and the store must end exactly as one process ingesting the whole corpus
/// leaves it (the same articles, events, incidents, sources and reconciled fields). A worker killed midway
/// loses only its open batch; run again, it completes the store. The workers are the crash host's
/// <c>ingest</c> mode: ArticleIngestor in batches of 4, with a stand-in extractor that reads the reports
/// from the article (extraction takes a few milliseconds, so the workers' transactions interleave).
/// </summary>
public sealed class ConcurrentIngestTests(PostgresTestBackend backend) : IClassFixture<PostgresTestBackend>, IDisposable
{
    private const int Workers = 4, Articles = 160, DelayMs = 4;
    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-concurrent-").FullName;
    private readonly List<TempStore> _stores = [];

    [SkippableFact]
    public async Task Ingest_FourWorkersOverlappingShuffledParts_SameStoreAsOneProcess()
    {
        var (corpus, single, shared) = await Prepare();

        var results = await Task.WhenAll(corpus.Parts.Select(part => Run(shared.Location, part)));

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Errors));
        AssertSameStore(single, shared);
        AssertDeduplicated(single);
    }

    [SkippableFact]
    public async Task Ingest_WorkerKilledMidway_KeepsWhatItCommittedAndARerunCompletesTheStore()
    {
        var (corpus, single, shared) = await Prepare();

        var killed = Run(shared.Location, corpus.Parts[0], killAfter: 12);
        var others = corpus.Parts.Skip(1).Select(part => Run(shared.Location, part)).ToList();
        var victim = await killed;
        Assert.All(await Task.WhenAll(others), r => Assert.True(r.ExitCode == 0, r.Errors));

        // Everything the killed worker reported committed is stored, and nothing is half-written.
        Assert.InRange(victim.Committed, 12, File.ReadLines(corpus.Parts[0]).Count() - 1);
        var stored = ArticleIds(shared);
        Assert.All(File.ReadLines(corpus.Parts[0]).Take(victim.Committed), line => Assert.Contains(Id(line), stored));
        using (var connection = shared.OpenRaw())
        {
            CrashContract.AssertConsistent(connection);
        }

        // Some of its articles were its alone: they are missing until it runs again.
        Assert.NotEqual(ArticleIds(single), stored);
        Assert.Equal(0, (await Run(shared.Location, corpus.Parts[0])).ExitCode);
        AssertSameStore(single, shared);
    }

    [SkippableFact]
    public async Task MarsadIngest_FourProcessesOnADatabaseNoneHasCreated_OneDatabaseEachArticleOnceAsOneProcess()
    {
        var single = backend.NewStore();
        _stores.Add(single);
        single.Close();
        var database = $"marsad_cli_{Guid.NewGuid():N}"[..26];
        var shared = PostgresTestBackend.Uri(database);
        try
        {
            Assert.Equal(0, (await Cli("ingest", Samples, "--db", single.Location)).ExitCode);
            var workers = await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Cli("ingest", Samples, "--db", shared)));

            Assert.All(workers, w => Assert.True(w.ExitCode == 0, w.Errors));
            Assert.Contains("store: 8 articles", (await Cli("ingest", Samples, "--db", shared)).Output, StringComparison.Ordinal);
            using var want = single.OpenRaw();
            using var got = new Npgsql.NpgsqlConnection(PostgresConnection(database));
            got.Open();
            StoreRows.AssertSame(want, got);
        }
        finally
        {
            using var admin = PostgresTestBackend.Admin();
            using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS {database} WITH (FORCE)";
            drop.ExecuteNonQuery();
        }
    }

    private static string Samples => Path.Combine(AppContext.BaseDirectory, "Samples");

    private static readonly string MarsadCli = typeof(ConcurrentIngestTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "MarsadCli").Value!;

    private static string PostgresConnection(string database)
    {
        var builder = Marsad.Store.PostgresLocation.Parse(PostgresTestBackend.Uri(database));
        builder.Pooling = false;
        return builder.ConnectionString;
    }

    /// <summary>The real <c>marsad</c> command line, built beside the tests, in its own process.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> Cli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in args.Prepend(MarsadCli))
        {
            start.ArgumentList.Add(argument);
        }

        using var cli = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var output = cli.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = cli.StandardError.ReadToEndAsync(timeout.Token);
        await cli.WaitForExitAsync(timeout.Token);
        return (cli.ExitCode, await output, await errors);
    }

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The corpus, the store one process filled with all of it, and an empty store for the workers.</summary>
    private async Task<(Corpus Corpus, TempStore Single, TempStore Shared)> Prepare()
    {
        var corpus = Corpus.Write(_folder, Articles, Workers);
        foreach (var _ in new[] { "single", "shared" })
        {
            var store = backend.NewStore();
            _stores.Add(store);
            store.Close();
        }

        Assert.Equal(0, (await Run(_stores[0].Location, corpus.All)).ExitCode);
        return (corpus, _stores[0], _stores[1]);
    }

    private static async Task<Worker> Run(string db, string file, int? killAfter = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { CrashContract.HostPath, "ingest", db, file, DelayMs.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var host = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var errors = host.StandardError.ReadToEndAsync(timeout.Token);
        var committed = 0;
        while (await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            committed = int.Parse(line, CultureInfo.InvariantCulture);
            if (committed >= killAfter)
            {
                host.Kill(entireProcessTree: true);
                break;
            }
        }

        await host.WaitForExitAsync(timeout.Token);
        return new Worker(host.ExitCode, committed, await errors);
    }

    private sealed record Worker(int ExitCode, int Committed, string Errors);

    private static string Id(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static HashSet<string> ArticleIds(TempStore store)
    {
        using var connection = store.OpenRaw();
        return [.. StoreRows.Of(connection, "SELECT id FROM articles")];
    }

    private static void AssertSameStore(TempStore expected, TempStore actual)
    {
        using var want = expected.OpenRaw();
        using var got = actual.OpenRaw();
        StoreRows.AssertSame(want, got);
    }

    // The corpus is made to merge: incidents told by several articles, chains joined by a late report.
    private static void AssertDeduplicated(TempStore store)
    {
        using var connection = store.OpenRaw();
        var sources = StoreRows.Of(connection, "SELECT source_count FROM clusters").Select(int.Parse).ToList();
        var events = int.Parse(StoreRows.Of(connection, "SELECT count(*) FROM events").Single(), CultureInfo.InvariantCulture);
        Assert.Equal(events, sources.Sum());
        Assert.True(sources.Count(n => n >= 3) >= 10, $"only {sources.Count(n => n >= 3)} incidents with 3+ sources of {sources.Count}");
        Assert.True(sources.Count < events * 3 / 4, $"{sources.Count} incidents for {events} events: too few merges");
    }

    /// <summary>
    /// Made-up short reports of clashes, drone strikes and attacks on civilians around six Sahel towns over four
    /// months, each article telling one to three of them with its own date precision, place jitter, toll and
    /// confidence. <see cref="Parts"/>: each article goes to one worker (a quarter of them) or two, and each
    /// worker reads its part in its own order.
    /// </summary>
    private sealed record Corpus(string All, string[] Parts)
    {
        private static readonly (string Admin2, string Admin1, string Country, double Lat, double Lon)[] Places =
        [
            ("Gao", "Gao", "Mali", 16.27, -0.04), ("Ansongo", "Gao", "Mali", 15.66, 0.50), ("Menaka", "Menaka", "Mali", 15.92, 2.40),
            ("Soum", "Sahel", "Burkina Faso", 14.10, -1.63), ("Tillaberi", "Tillaberi", "Niger", 14.21, 1.45), ("Mopti", "Mopti", "Mali", 14.49, -4.19),
        ];

        private static readonly (string Type, string Sub)[] Types =
        [
            ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack"),
        ];

        private static readonly string?[] Actors = ["JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", null];

        public static Corpus Write(string folder, int count, int workers)
        {
            var random = new Random(13);
            var lines = Enumerable.Range(0, count).Select(n => Article(n, random)).ToList();
            var all = Path.Combine(folder, "all.jsonl");
            File.WriteAllLines(all, lines);
            var parts = Enumerable.Range(0, workers).Select(_ => new List<string>()).ToArray();
            foreach (var line in lines)
            {
                var first = random.Next(workers);
                parts[first].Add(line);
                if (random.NextDouble() < 0.75)
                {
                    parts[(first + 1 + random.Next(workers - 1)) % workers].Add(line);
                }
            }

            return new Corpus(all, [.. parts.Select((part, w) =>
            {
                var path = Path.Combine(folder, $"part{w}.jsonl");
                var order = w == 1 ? Enumerable.Reverse(part) : part.OrderBy(_ => random.Next());
                File.WriteAllLines(path, order);
                return path;
            })]);
        }

        private static string Article(int n, Random random)
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"تقرير مختلق رقم {n} عن أحداث في الساحل.\n");
            for (var r = random.Next(1, 4); r > 0; r--)
            {
                var (admin2, admin1, country, lat, lon) = Places[random.Next(Places.Length)];
                var (type, sub) = Types[random.Next(Types.Length)];
                var date = new DateOnly(2025, 1, 1).AddDays(random.Next(120));
                var timePrecision = random.NextDouble() switch { < 0.7 => 1, < 0.9 => 2, _ => 3 };
                var coarse = random.NextDouble() < 0.15;
                var fatalities = random.NextDouble() < 0.2 ? "" : random.Next(31).ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture,
                    $"EVENT|{type}|{sub}|{date:yyyy-MM-dd}|{timePrecision}|{country}|{admin1}|{admin2}|")
                    .Append(coarse ? "||3" : string.Create(CultureInfo.InvariantCulture, $"{lat + Jitter(random):F3}|{lon + Jitter(random):F3}|{random.Next(1, 3)}"))
                    .Append(CultureInfo.InvariantCulture, $"|{Actors[random.Next(Actors.Length)]}|Military Forces|{fatalities}|{random.Next(30, 96) / 100.0:F2}\n");
            }

            return JsonSerializer.Serialize(new { id = $"article-{n:D4}", text = text.ToString() });
        }

        private static double Jitter(Random random) => (random.NextDouble() - 0.5) * 0.2;
    }
}
