using Marsad.Dedup;
using Microsoft.Data.Sqlite;

namespace Marsad.Store;

/// <summary>
/// The dataset in one SQLite file: articles, their events and relations, and incident clusters.
/// Each article is saved in one transaction (WAL, synchronous=NORMAL): a killed process never
/// leaves half an article, and a committed one survives anything short of an OS crash or power cut.
/// One writer at a time; not thread-safe.
/// </summary>
public sealed partial class MarsadStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly CommandCache _commands;
    private readonly Deduplicator _dedup;
    private readonly DedupOptions _dedupOptions;
    private readonly TimeProvider _clock;
    private const string ArticleSavepoint = "article";
    private SqliteTransaction? _batch;

    private MarsadStore(string path, SqliteConnection connection, StoreOptions options)
    {
        Path = path;
        _connection = connection;
        _commands = new CommandCache(connection);
        _dedup = new Deduplicator(options.Dedup);
        _dedupOptions = options.Dedup;
        _clock = options.Clock;
    }

    public string Path { get; }

    /// <summary>Opens (or creates) the store at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <exception cref="StoreException">The file is not a Marsad store, or is from a newer Marsad.</exception>
    public static MarsadStore Open(string path, StoreOptions? options = null)
    {
        options ??= StoreOptions.Default;
        if (options.MustExist && !File.Exists(path))
        {
            throw new StoreException($"{path}: no store here (run `marsad ingest` first, or pass --db)");
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
            SchemaMigrator.Migrate(connection, path);
            return new MarsadStore(path, connection, options);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a usable Marsad store ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static int SchemaVersion => SchemaMigrator.CurrentVersion;

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
        _connection.Dispose();
    }

    private ArticleState Check(Article article, string hash, SqliteTransaction? transaction)
    {
        var stored = _commands.Scalar("SELECT content_hash FROM articles WHERE id = $id", transaction, ("$id", article.Id)) as string;
        if (stored is not null)
        {
            return stored == hash ? ArticleState.Unchanged : ArticleState.Changed;
        }

        var sameContent = _commands.Scalar("SELECT 1 FROM articles WHERE content_hash = $hash LIMIT 1", transaction, ("$hash", hash));
        return sameContent is null ? ArticleState.New : ArticleState.Unchanged;
    }
}

/// <summary>How much a store holds.</summary>
public sealed record StoreCounts(int Articles, int Events, int Clusters);
