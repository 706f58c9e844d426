using System.Data.Common;
using System.Diagnostics;
using System.Reflection;
using Marsad.Store;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests.Store;

/// <summary>A child process saving articles is killed mid-ingest; the reopened store must hold every committed article whole and no half-written one.</summary>
public abstract class CrashContract(ITestBackend backend)
{
    internal static readonly string HostPath = typeof(CrashContract).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashHost").Value!;

    [SkippableFact]
    public async Task Save_ProcessKilledMidIngest_CommittedArticlesWholeNothingHalfWritten()
    {
        using var temp = backend.NewStore();
        temp.Close();
        var committed = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            committed.AddRange(await RunAndKill(temp.Location, first: committed.Count + round * 1000, killAfter: 25 + round * 10));

            using var store = MarsadStore.Open(temp.Location);
            var stored = store.ArticleIds().ToHashSet();
            Assert.All(committed, id => Assert.Contains(id, stored));
            AssertWhole(temp);
        }
    }

    private static async Task<List<string>> RunAndKill(string db, int first, int killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { HostPath, db, first.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var host = Process.Start(start)!;
        var committed = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (committed.Count < killAfter && await host.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            committed.Add(line);
        }

        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync(timeout.Token);
        Assert.True(committed.Count >= killAfter, $"the host stopped early after {committed.Count} articles");
        return committed;
    }

    /// <summary>Every stored article has all its events, and events, cluster sources and clusters agree.</summary>
    internal static void AssertWhole(TempStore temp)
    {
        using var connection = temp.OpenRaw();
        if (connection is SqliteConnection)
        {
            Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        }

        // Article n was saved with n % 4 + 1 events: fewer means half an article.
        using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT a.id, (SELECT count(*) FROM events e WHERE e.article_id = a.id) FROM articles a";
            using var reader = count.ExecuteReader();
            while (reader.Read())
            {
                var n = int.Parse(reader.GetString(0)["crash-".Length..], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(n % 4 + 1, Convert.ToInt32(reader.GetValue(1)));
            }
        }

        AssertConsistent(connection);
    }

    /// <summary>Every event is in exactly one cluster, every cluster source is a stored event, and clusters count their sources.</summary>
    internal static void AssertConsistent(DbConnection connection)
    {
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM cluster_sources s WHERE s.article_id = e.article_id AND s.ordinal = e.ordinal)"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM cluster_sources s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE s.article_id = e.article_id AND s.ordinal = e.ordinal)"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM clusters c WHERE source_count <> (SELECT count(*) FROM cluster_sources s WHERE s.cluster_id = c.id)"));
    }

    private static object? Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

public sealed class SqliteCrashTests() : CrashContract(new SqliteTestBackend());

public sealed class PostgresCrashTests(PostgresTestBackend backend) : CrashContract(backend), IClassFixture<PostgresTestBackend>;
