using System.Data.Common;
using Npgsql;

namespace Marsad.Store;

/// <summary>
/// A store shared by a team in a PostgreSQL database: several ingest workers, on one machine or many,
/// and any number of readers. Writers exclude each other with a transaction-scoped advisory lock taken
/// when a write transaction starts (after extraction, which runs in parallel): within it each statement
/// sees every earlier commit, so the incremental dedup sees the same neighbourhood as one process would,
/// and the incidents equal a single-process ingest whatever the workers' interleaving. A killed worker's
/// open transaction is rolled back by the server and its lock released.
/// </summary>
internal sealed class PostgresBackend(string location, NpgsqlConnection connection, string connectionString) : StoreBackend(location, connection)
{
    // pg_advisory_xact_lock(key1, key2) keys: Marsad's writers and migrators, per schema, so stores in
    // other schemas of the same database do not wait on each other.
    private const int WriterLock = 0x4D525301, MigrationLock = 0x4D525302;
    private const string DatabaseMissing = "3D000", DatabaseExists = "42P04";

    public static PostgresBackend Open(string uri, StoreOptions options)
    {
        var location = PostgresLocation.Redact(uri);
        var builder = PostgresLocation.Parse(uri);
        // A store holds its one connection for its life: nothing to pool, and no stale pooled connection after a restart.
        builder.Pooling = false;
        builder.MaxAutoPrepare = 64;
        builder.AutoPrepareMinUsages = 2;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            try
            {
                connection.Open();
            }
            catch (PostgresException e) when (e.SqlState == DatabaseMissing && !options.MustExist && builder.Database is { } database)
            {
                CreateDatabase(builder, database);
                connection.Open();
            }

            Migrate(connection, location, options.MustExist);
            return new PostgresBackend(location, connection, builder.ConnectionString);
        }
        catch (PostgresException e) when (e.SqlState == DatabaseMissing)
        {
            connection.Dispose();
            throw new StoreException($"{location}: no store here: the database does not exist (run `marsad ingest` first, or pass --db)", e);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or ArgumentException)
        {
            connection.Dispose();
            throw new StoreException($"{location}: cannot use this PostgreSQL store ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override bool BatchesWrites => true;

    public override DbConnection OpenAnother()
    {
        var another = new NpgsqlConnection(connectionString);
        try
        {
            another.Open();
            return another;
        }
        catch
        {
            another.Dispose();
            throw;
        }
    }

    public override string Contains(string haystack, string needle) => $"strpos({haystack}, {needle}) > 0";

    // The columns are COLLATE "C", so lower() folds ASCII letters only, as SQLite's NOCASE does.
    public override string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower(CAST({parameter} AS text) COLLATE \"C\")";

    /// <summary>
    /// The counter every write transaction bumps before it commits (see <see cref="EndWrite"/>). A long-lived reader
    /// (marsad serve) asks it first on every request, so when the server has restarted or ended the session the
    /// reader connects again here and goes on.
    /// </summary>
    public override long DataVersion()
    {
        try
        {
            return Convert.ToInt64(Connection.Scalar("SELECT version FROM marsad_changes"));
        }
        catch (NpgsqlException) when (Connection.State != System.Data.ConnectionState.Open)
        {
            Connection.Close();
            Connection.Open();
            return Convert.ToInt64(Connection.Scalar("SELECT version FROM marsad_changes"));
        }
    }

    public override void BeginWrite(DbTransaction transaction) =>
        Connection.Execute($"SELECT pg_advisory_xact_lock({WriterLock}, hashtext(current_schema()))", transaction);

    public override void EndWrite(DbTransaction transaction) =>
        Connection.Execute("UPDATE marsad_changes SET version = version + 1", transaction);

    private static void CreateDatabase(NpgsqlConnectionStringBuilder target, string database)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        connection.Open();
        try
        {
            connection.Execute($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }
        catch (PostgresException e) when (e.SqlState is DatabaseExists or "23505")
        {
            // Another worker created it first.
        }
    }

    // The scripts run in one transaction under the migration lock, so workers starting together
    // migrate once; PostgreSQL's DDL is transactional, so a failed upgrade leaves the old version.
    private static void Migrate(NpgsqlConnection connection, string location, bool mustExist)
    {
        var migrations = Migrations.Postgres;
        using var transaction = connection.BeginTransaction();
        connection.Execute($"SELECT pg_advisory_xact_lock({MigrationLock}, hashtext(current_schema()))", transaction);
        if (connection.Scalar("SELECT to_regclass('marsad_schema')::text", transaction) is null)
        {
            if (mustExist)
            {
                throw new StoreException($"{location}: no store here (run `marsad ingest` first, or pass --db)");
            }

            connection.Execute("CREATE TABLE marsad_schema (version integer NOT NULL); INSERT INTO marsad_schema VALUES (0);", transaction);
        }

        var version = Convert.ToInt32(connection.Scalar("SELECT version FROM marsad_schema", transaction));
        migrations.CheckNotNewer(version, location);
        for (var next = version; next < migrations.CurrentVersion; next++)
        {
            connection.Execute(Migrations.Read(migrations.Scripts[next]), transaction);
            connection.Execute($"UPDATE marsad_schema SET version = {next + 1}", transaction);
        }

        transaction.Commit();
    }
}
