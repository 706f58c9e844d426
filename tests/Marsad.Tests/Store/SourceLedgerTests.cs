using Marsad.Store;

namespace Marsad.Tests.Store;

/// <summary>The watch ledger's contract, on both engines: claims, releases and each source's health.</summary>
public abstract class SourceLedgerContract(ITestBackend backend)
{
    private const string Feed = "https://example.org/feed.rss";
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [SkippableFact]
    public void Claim_TwoWatchersOnOneStore_OneHoldsTheItemUntilDoneOrItsLeaseRunsOut()
    {
        using var temp = backend.NewStore();
        using var otherProcess = MarsadStore.Open(temp.Location);
        using var first = SourceLedger.Open(temp.Store);
        using var second = SourceLedger.Open(otherProcess);

        var claims = new[]
        {
            first.Claim(Feed, "k-1", Noon, Lease),
            second.Claim(Feed, "k-1", Noon.AddMinutes(5), Lease),
            second.Claim(Feed, "k-1", Noon.AddMinutes(11), Lease), // the first watcher died: its lease ran out
        };
        second.Complete("k-1", Noon.AddMinutes(12), ingested: true, error: null);
        first.Complete("k-1", Noon.AddMinutes(13), ingested: true, error: null); // late: not counted again

        Assert.Equal([ItemClaim.Claimed, ItemClaim.HeldByAnother, ItemClaim.Claimed], claims);
        Assert.Equal(ItemClaim.Seen, first.Claim(Feed, "k-1", Noon.AddDays(1), Lease));
        Assert.Equal(1, first.Find(Feed)!.ItemsIngested);
    }

    [SkippableFact]
    public void Release_AFailureCountsAnAttemptAStopDoesNot()
    {
        using var temp = backend.NewStore();
        using var ledger = SourceLedger.Open(temp.Store);
        ledger.Claim(Feed, "k-1", Noon, Lease);

        var afterStop = ledger.Release("k-1", failure: null);
        ledger.Claim(Feed, "k-1", Noon, Lease);
        var afterFailure = ledger.Release("k-1", "HTTP 502 Bad Gateway");

        Assert.Equal((0, 1), (afterStop, afterFailure));
        Assert.Equal(ItemClaim.Claimed, ledger.Claim(Feed, "k-1", Noon, Lease));
    }

    [SkippableFact]
    public void RecordPoll_Reopened_HealthAndValidatorsKept()
    {
        using var temp = backend.NewStore();
        var polled = new SourceRecord
        {
            Url = Feed, ETag = "\"v7\"", LastModified = Noon.AddHours(-3), LastPoll = Noon, LastSuccess = Noon.AddHours(-1),
            ConsecutiveFailures = 2, NextPoll = Noon.AddMinutes(40), LastError = "HTTP 503 Service Unavailable",
        };
        using (var ledger = SourceLedger.Open(temp.Store))
        {
            ledger.RecordPoll(polled);
        }

        using var reopened = SourceLedger.Open(temp.Reopen());

        Assert.Equal(polled, Assert.Single(reopened.List()));
        Assert.Null(reopened.Find("https://example.org/other.rss"));
    }
}

public sealed class SqliteSourceLedgerTests() : SourceLedgerContract(new SqliteTestBackend());

public sealed class PostgresSourceLedgerTests(PostgresTestBackend backend) : SourceLedgerContract(backend), IClassFixture<PostgresTestBackend>;
