using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Marsad.Store;

/// <summary>
/// The embedded engine: one file, WAL with synchronous=NORMAL (a committed article survives anything
/// short of an OS crash or power cut), one writer at a time by SQLite's own file lock.
/// </summary>
internal sealed class SqliteBackend(string path, SqliteConnection connection) : StoreBackend(path, connection)
{
    public static SqliteBackend Open(string path, StoreOptions options)
    {
        if (options.MustExist && !File.Exists(path))
        {
            throw new StoreException($"{path}: no store here (run `marsad ingest` first, or pass --db)");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
            Migrate(connection, path);
            return new SqliteBackend(path, connection);
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

    public override string Contains(string haystack, string needle) => $"instr({haystack}, {needle}) > 0";

    public override string EqualsIgnoringCase(string column, string parameter) => $"{column} = {parameter} COLLATE NOCASE";

    /// <summary>SQLite's <c>data_version</c>: changes when another connection commits.</summary>
    public override long DataVersion() => Convert.ToInt64(Connection.Scalar("PRAGMA data_version"));

    public override DbConnection OpenAnother()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location, Pooling = false }.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA busy_timeout = 5000;"); // another process may be writing
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        var migrations = Migrations.Sqlite;
        var version = Convert.ToInt32(connection.Scalar("PRAGMA user_version"));
        migrations.CheckNotNewer(version, path);
        for (var next = version; next < migrations.CurrentVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(Migrations.Read(migrations.Scripts[next]), transaction);
            connection.Execute($"PRAGMA user_version = {next + 1}", transaction);
            transaction.Commit();
        }
    }
}
