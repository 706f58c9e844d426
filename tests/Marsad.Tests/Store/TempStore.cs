using System.Data.Common;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Store;

/// <summary>
/// A fresh store for one test, removed afterwards: a SQLite file in a temporary folder, or a schema of
/// the test class's PostgreSQL database (see <see cref="PostgresTestBackend"/>).
/// </summary>
public sealed class TempStore : IDisposable
{
    public const string Extractor = "test-extractor";

    private readonly Func<DbConnection> _raw;
    private readonly Action _remove;
    private MarsadStore? _store;

    internal TempStore(string location, Func<DbConnection> raw, Action remove)
    {
        Location = location;
        _raw = raw;
        _remove = remove;
        _store = MarsadStore.Open(location);
    }

    /// <summary>A SQLite store in a fresh temporary folder.</summary>
    public static TempStore Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-store-").FullName;
        var path = System.IO.Path.Combine(folder, "marsad.db");
        return new TempStore(path, () => new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"),
            () => Directory.Delete(folder, recursive: true));
    }

    /// <summary>What <c>--db</c> takes to reach this store: a file path or a <c>postgresql://</c> URI.</summary>
    public string Location { get; }

    /// <summary>The SQLite file (for SQLite-only tests).</summary>
    public string Path => Location;

    /// <summary>The open store (opened again if it was closed).</summary>
    public MarsadStore Store => _store ??= MarsadStore.Open(Location);

    public MarsadStore Reopen()
    {
        Close();
        return Store;
    }

    /// <summary>Closes the store, leaving its data for another process or a later <see cref="Store"/>.</summary>
    public void Close()
    {
        _store?.Dispose();
        _store = null;
    }

    /// <summary>A plain connection to the store's tables, for checks the store's API does not make.</summary>
    public DbConnection OpenRaw()
    {
        var connection = _raw();
        connection.Open();
        return connection;
    }

    public static ArticleAnalysis Analysis(string id, string text, params EventRecord[] events) => new()
    {
        Article = new Article { Id = id, Text = text, Source = "Outlet " + id, Published = new DateOnly(2025, 2, 12) },
        Events = [.. events],
    };

    public void Dispose()
    {
        Close();
        _remove();
    }
}
