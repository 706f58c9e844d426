namespace Marsad.Store;

/// <summary>A watched feed or page: the validators of the version last fetched, and its health.</summary>
public sealed record SourceRecord
{
    public required string Url { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset? LastPoll { get; init; }

    public DateTimeOffset? LastSuccess { get; init; }

    public int ConsecutiveFailures { get; init; }

    /// <summary>No watcher polls the source before this time (the interval, or the backoff after failures).</summary>
    public DateTimeOffset? NextPoll { get; init; }

    /// <summary>Items ingested from the source so far; the ledger counts them as items are completed.</summary>
    public int ItemsIngested { get; init; }

    /// <summary>Why the last poll failed; null after a success.</summary>
    public string? LastError { get; init; }
}

/// <summary>What <see cref="ISourceLedger.Claim"/> found.</summary>
public enum ItemClaim
{
    /// <summary>The caller now holds the item: it fetches, ingests and then completes or releases it.</summary>
    Claimed,

    /// <summary>The item was completed before: nothing to do.</summary>
    Seen,

    /// <summary>Another watcher holds the item and its lease has not run out.</summary>
    HeldByAnother,
}

/// <summary>
/// What <c>marsad watch</c> keeps between polls, restarts and watchers: each source's validators and
/// health, and every item taken up. Each call is atomic, so several watchers can share one ledger and
/// none ingests an item another has completed or holds.
/// </summary>
public interface ISourceLedger : IDisposable
{
    SourceRecord? Find(string url);

    /// <summary>Every source ever polled, by URL.</summary>
    IReadOnlyList<SourceRecord> List();

    /// <summary>Records a poll: validators, times, failures and error (<see cref="SourceRecord.ItemsIngested"/> is the ledger's own count and is not written).</summary>
    void RecordPoll(SourceRecord source);

    /// <summary>Takes up an item unless it was completed, or another watcher holds it until after <paramref name="now"/>; the claim lasts <paramref name="lease"/>.</summary>
    ItemClaim Claim(string sourceUrl, string itemKey, DateTimeOffset now, TimeSpan lease);

    /// <summary>Marks a claimed item done for good: ingested (counted to its source), or given up with <paramref name="error"/>.</summary>
    void Complete(string itemKey, DateTimeOffset now, bool ingested, string? error);

    /// <summary>Gives a claimed item back to be tried at a later poll; a <paramref name="failure"/> counts an attempt (none when the watcher is stopping). Returns the attempts so far.</summary>
    int Release(string itemKey, string? failure);
}

/// <summary>Opens the ledger kept beside a store's data.</summary>
public static class SourceLedger
{
    /// <summary>The ledger in <paramref name="store"/>'s database, on a connection of its own.</summary>
    public static ISourceLedger Open(MarsadStore store) => DbSourceLedger.Open(store);
}
