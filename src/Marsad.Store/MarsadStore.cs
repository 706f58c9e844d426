using System.Data.Common;
using Marsad.Dedup;

namespace Marsad.Store;

/// <summary>
/// The dataset: articles, their events and relations, and incident clusters, in one SQLite file or in
/// a PostgreSQL database (a <c>postgresql://</c> URI) that several workers share. The same code saves,
/// deduplicates and reads on both; a <see cref="StoreBackend"/> holds what differs. Each article is
/// saved in one transaction: a killed process never leaves half an article, and a committed one
/// survives anything short of an OS crash or power cut. One writer at a time per store (PostgreSQL
/// workers wait for each other's commit); an instance is not thread-safe.
/// </summary>
public sealed partial class MarsadStore : IDisposable
{
    private readonly StoreBackend _backend;
    private readonly DbConnection _connection;
    private readonly CommandCache _commands;
    private readonly WriteQueue _writes;
    private readonly Deduplicator _dedup;
    private readonly DedupOptions _dedupOptions;
    private readonly TimeProvider _clock;
    private const string ArticleSavepoint = "article";
    private DbTransaction? _batch;

    private MarsadStore(StoreBackend backend, StoreOptions options)
    {
        _backend = backend;
        _connection = backend.Connection;
        _commands = new CommandCache(_connection);
        _writes = new WriteQueue(_connection, _commands, backend.BatchesWrites);
        _dedup = new Deduplicator(options.Dedup);
        _dedupOptions = options.Dedup;
        _clock = options.Clock;
    }

    /// <summary>Where the store is: its file, or its URI without the password.</summary>
    public string Location => _backend.Location;

    /// <summary>A connection of its own to the store's database, for the state <c>marsad watch</c> keeps beside it.</summary>
    internal System.Data.Common.DbConnection OpenAnotherConnection() => _backend.OpenAnother();

    /// <summary>
    /// Opens (or creates) the store at <paramref name="location"/> — a SQLite file, or a PostgreSQL database
    /// given as <c>postgresql://user@host:5432/marsad</c> — and brings its schema up to date.
    /// </summary>
    /// <exception cref="StoreException">There is no usable Marsad store there, or it is from a newer Marsad.</exception>
    public static MarsadStore Open(string location, StoreOptions? options = null)
    {
        options ??= StoreOptions.Default;
        StoreBackend backend = PostgresLocation.IsUri(location) ? PostgresBackend.Open(location, options) : SqliteBackend.Open(location, options);
        return new MarsadStore(backend, options);
    }

    /// <summary>The schema version of a SQLite store this Marsad writes.</summary>
    public static int SchemaVersion => Migrations.Sqlite.CurrentVersion;

    /// <summary>The schema version of a PostgreSQL store this Marsad writes.</summary>
    public static int PostgresSchemaVersion => Migrations.Postgres.CurrentVersion;

    /// <summary>Whether <paramref name="article"/> is new, a corrected version of a stored one, or already stored.</summary>
    public ArticleState Check(Article article) => Check(article, ArticleHash.Of(article), null);

    public StoreCounts Counts() => new(
        Convert.ToInt32(_connection.Scalar("SELECT count(*) FROM articles")),
        Convert.ToInt32(_connection.Scalar("SELECT count(*) FROM events")),
        Convert.ToInt32(_connection.Scalar("SELECT count(*) FROM clusters")));

    public void Dispose()
    {
        EndBatch(commit: false);
        _commands.Dispose();
        _backend.Dispose();
    }

    private ArticleState Check(Article article, string hash, DbTransaction? transaction) => Look(article, hash, transaction).State;

    /// <summary>The article's state, and whether an article with its id is stored (with this content or another), in one query.</summary>
    private (ArticleState State, bool StoredUnderId) Look(Article article, string hash, DbTransaction? transaction)
    {
        var command = _commands.Get(
            "SELECT (SELECT content_hash FROM articles WHERE id = @id), EXISTS (SELECT 1 FROM articles WHERE content_hash = @hash)", transaction,
            ("@id", article.Id), ("@hash", hash));
        using var reader = command.ExecuteReader();
        reader.Read();
        var stored = reader.IsDBNull(0) ? null : reader.GetString(0);
        var sameContent = Convert.ToBoolean(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        return stored is not null
            ? (stored == hash ? ArticleState.Unchanged : ArticleState.Changed, true)
            : (sameContent ? ArticleState.Unchanged : ArticleState.New, false);
    }
}

/// <summary>How much a store holds.</summary>
public sealed record StoreCounts(int Articles, int Events, int Clusters);
