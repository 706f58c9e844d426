using Npgsql;

namespace Marsad.Tests.Store;

/// <summary>Where a contract test's stores are made: the suites run the same tests once per engine.</summary>
public interface ITestBackend
{
    /// <summary>A fresh, empty, open store.</summary>
    TempStore NewStore();
}

/// <summary>SQLite files in temporary folders.</summary>
public sealed class SqliteTestBackend : ITestBackend
{
    public TempStore NewStore() => TempStore.Sqlite();
}

/// <summary>
/// A fresh PostgreSQL database for one test class, created on its first store and dropped after the
/// class; each store is a schema of it. The server is <c>MARSAD_TEST_PG</c> (a <c>postgresql://</c> URI
/// whose user may create databases, as <c>.ci/run</c> sets it). Without it the tests are skipped on a
/// developer's machine, and fail in CI (where <c>CI</c> is set), so CI never passes them silently.
/// </summary>
public sealed class PostgresTestBackend : ITestBackend, IDisposable
{
    public const string Variable = "MARSAD_TEST_PG";
    private static int _counter;
    private readonly Lock _gate = new();
    private string? _database;

    /// <summary>The server's URI; skips the test when there is none and this is not CI.</summary>
    public static string Server
    {
        get
        {
            var uri = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrEmpty(uri))
            {
                Skip.If(Environment.GetEnvironmentVariable("CI") is null,
                    $"no PostgreSQL server: set {Variable}=postgresql://user@host:port/postgres (.ci/run starts one)");
                Assert.Fail($"CI must run the PostgreSQL tests, but {Variable} is not set (.ci/run starts a server and sets it)");
            }

            return uri;
        }
    }

    /// <summary>The URI of a database on the test server, with optional extra query parameters.</summary>
    public static string Uri(string database, string? query = null)
    {
        var server = Server;
        var scheme = server.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = server.IndexOfAny(['/', '?'], scheme) is var e and >= 0 ? e : server.Length;
        var existing = server.IndexOf('?') is var q and >= 0 ? server[(q + 1)..] : "";
        var parameters = string.Join('&', new[] { existing, query ?? "" }.Where(p => p.Length > 0));
        return server[..end] + "/" + database + (parameters.Length > 0 ? "?" + parameters : "");
    }

    /// <summary>An administrative connection to the server's maintenance database.</summary>
    public static NpgsqlConnection Admin()
    {
        var builder = Marsad.Store.PostgresLocation.Parse(Server);
        builder.Database = "postgres";
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            Assert.Fail($"the PostgreSQL server of {Variable} ({Marsad.Store.PostgresLocation.Redact(Server)}) is not reachable: {e.Message}");
        }

        return connection;
    }

    /// <summary>This class's database, created on first use.</summary>
    public string Database
    {
        get
        {
            lock (_gate)
            {
                if (_database is null)
                {
                    var name = $"marsad_test_{Guid.NewGuid():N}"[..28];
                    using var admin = Admin();
                    Execute(admin, $"CREATE DATABASE {name}");
                    _database = name;
                }

                return _database;
            }
        }
    }

    public TempStore NewStore()
    {
        var database = Database;
        var schema = $"s{Interlocked.Increment(ref _counter)}";
        var connectionString = ConnectionString(database, schema);
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            Execute(connection, $"CREATE SCHEMA {schema}");
        }

        return new TempStore(Uri(database, "search_path=" + schema), () => new NpgsqlConnection(connectionString), () =>
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            Execute(connection, $"DROP SCHEMA {schema} CASCADE");
        });
    }

    public void Dispose()
    {
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = Admin();
            Execute(admin, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
    }

    private static string ConnectionString(string database, string schema)
    {
        var builder = Marsad.Store.PostgresLocation.Parse(Server);
        builder.Database = database;
        builder.SearchPath = schema;
        builder.Pooling = false;
        return builder.ConnectionString;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
