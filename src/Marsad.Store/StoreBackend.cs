using System.Data.Common;

namespace Marsad.Store;

/// <summary>
/// What differs between the engines a store can live in: how the connection is opened and migrated,
/// a few SQL pieces, how a writer excludes the others, and how a reader learns that someone committed.
/// Everything else (the saving, deduplication and reading) is <see cref="MarsadStore"/>'s, the same for both.
/// </summary>
internal abstract class StoreBackend(string location, DbConnection connection) : IDisposable
{
    /// <summary>The open connection, at the current schema.</summary>
    public DbConnection Connection { get; } = connection;

    /// <summary>Where the store is, for messages (a file, or a URI without its password).</summary>
    public string Location { get; } = location;

    /// <summary>Whether a save's writes are sent together (a server round trip each would cost more than the statement).</summary>
    public virtual bool BatchesWrites => false;

    /// <summary>A condition true when <paramref name="needle"/> occurs in <paramref name="haystack"/> (both SQL expressions).</summary>
    public abstract string Contains(string haystack, string needle);

    /// <summary>A condition comparing a column with a parameter, ignoring the case of ASCII letters.</summary>
    public abstract string EqualsIgnoringCase(string column, string parameter);

    /// <summary>A number that changes whenever another connection commits to the store.</summary>
    public abstract long DataVersion();

    /// <summary>Called first in every write transaction: excludes the other writers until it commits or rolls back.</summary>
    public virtual void BeginWrite(DbTransaction transaction)
    {
    }

    /// <summary>Called last in every write transaction, before its commit: marks the store changed for readers.</summary>
    public virtual void EndWrite(DbTransaction transaction)
    {
    }

    /// <summary>A second connection to the same database, for state kept beside the store's own (the watch ledger).</summary>
    public abstract DbConnection OpenAnother();

    public void Dispose() => Connection.Dispose();
}
