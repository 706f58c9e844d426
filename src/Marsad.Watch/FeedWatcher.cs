using System.Data.Common;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Watch;

/// <summary>
/// Polls feeds and news pages and ingests their new items. Each source is asked with the validators
/// of the version last seen (a 304 costs no download), each host no more often than the interval
/// allows, and a failing source is backed off while the others go on. What was seen, the validators
/// and each source's health are in the ledger, so a restart or a second watcher never ingests an item twice.
/// </summary>
public sealed partial class FeedWatcher
{
    private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(1);
    private readonly ISourceLedger _ledger;
    private readonly WebSource _web;
    private readonly ArticleIngestor _ingestor;
    private readonly WatchOptions _options;
    private readonly HostThrottle _throttle;
    private string? _ingestFailure;

    /// <param name="ledger">Where the validators, the items seen and the health of the sources are kept.</param>
    /// <param name="web">Fetches sources and pages (its limits: timeout, size, redirects).</param>
    /// <param name="store">Where the articles are ingested.</param>
    /// <param name="analyze">The extractor (the pipeline's <c>Analyze</c>).</param>
    /// <param name="extractor">The extractor's version, stored with each article's events.</param>
    /// <param name="options">Intervals, backoff and clock.</param>
    public FeedWatcher(ISourceLedger ledger, WebSource web, MarsadStore store, Func<Article, ArticleAnalysis> analyze, string extractor, WatchOptions? options = null)
    {
        _ledger = ledger;
        _web = web;
        _options = options ?? WatchOptions.Default;
        _throttle = new HostThrottle(_options);
        _ingestor = new ArticleIngestor(store, analyze, extractor) { Parallelism = 1, OnFailure = (_, message) => _ingestFailure = message };
    }

    /// <summary>Called after each poll of a source with its report (the log line).</summary>
    public Action<PollReport>? OnPoll { get; init; }

    /// <summary>Called for each item that could not be read or ingested, naming its URL (or the feed and the item's position).</summary>
    public Action<InputProblem>? OnProblem { get; init; }

    private DateTimeOffset Now => _options.Clock.GetUtcNow();

    /// <summary>
    /// Polls the sources that are due, then (unless <paramref name="once"/>) waits for the next one
    /// due, until <paramref name="cancellation"/> stops it: the item being ingested is finished, one
    /// being fetched is given back, and nothing is half stored.
    /// </summary>
    public async Task RunAsync(IReadOnlyList<string> urls, bool once, CancellationToken cancellation)
    {
        try
        {
            await PollDueAsync(urls, cancellation);
            while (!once)
            {
                await _options.Delay(UntilNextPoll(urls), cancellation);
                await PollDueAsync(urls, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopping is not a failure: whatever was ingested is committed, the rest waits for the next run.
        }
    }

    /// <summary>Polls, in order, each source whose next poll has come; a source backed off after failures is reported as such.</summary>
    public async Task<IReadOnlyList<PollReport>> PollDueAsync(IReadOnlyList<string> urls, CancellationToken cancellation)
    {
        var reports = new List<PollReport>();
        foreach (var url in urls)
        {
            var source = _ledger.Find(url) ?? new SourceRecord { Url = url };
            if (source.NextPoll > Now && source.ConsecutiveFailures == 0)
            {
                continue; // polled lately, by this watcher or another
            }

            var report = source.NextPoll > Now
                ? new PollReport(url, Now, PollOutcome.BackedOff, 0, 0, 0, 0, source.LastError, source.ConsecutiveFailures, source.NextPoll)
                : await PollOrReportAsync(source, cancellation);
            OnPoll?.Invoke(report);
            reports.Add(report);
        }

        return reports;
    }

    // The database may stay locked past its timeout (a long write by another process): the source is
    // reported and tried at the next round, unchanged in the ledger; what was committed stays.
    private async Task<PollReport> PollOrReportAsync(SourceRecord source, CancellationToken cancellation)
    {
        var started = Now;
        try
        {
            return await PollAsync(source, cancellation);
        }
        catch (DbException e)
        {
            return new PollReport(source.Url, started, PollOutcome.Failed, 0, 0, 0, 0, $"store: {e.Message}", source.ConsecutiveFailures + 1, Now + ShortestWait);
        }
    }

    private TimeSpan UntilNextPoll(IReadOnlyList<string> urls)
    {
        var now = Now;
        var next = urls.Select(url => _ledger.Find(url)?.NextPoll ?? now).Min();
        return next - now > ShortestWait ? next - now : ShortestWait;
    }

    private async Task<PollReport> PollAsync(SourceRecord source, CancellationToken cancellation)
    {
        var started = Now;
        var validators = new WebValidators(source.ETag, source.LastModified);
        await _throttle.WaitTurnAsync(source.Url, cancellation);
        var response = await _web.GetAsync(source.Url, validators, cancellation);
        if (response.Status == WebStatus.Failed)
        {
            return Fail(source, started, response.Error!, response.RetryAfter);
        }

        if (response.Status == WebStatus.NotModified)
        {
            return new PollReport(source.Url, started, PollOutcome.NotModified, 0, 0, 0, 0, null, 0, Succeed(source, started, validators));
        }

        var tally = new PollTally();
        var error = WebSource.IsFeed(response.ContentType, response.Body)
            ? await FeedItemsAsync(source.Url, response, tally, cancellation)
            : await PageItemsAsync(source.Url, response, tally, cancellation);
        if (error is not null)
        {
            return Fail(source, started, error);
        }

        // An item given back for another try must be in the next download: keep the old validators then.
        var next = Succeed(source, started, tally.Retry ? validators : response.Validators);
        return new PollReport(source.Url, started, PollOutcome.Fetched, tally.New, tally.Updated, tally.Seen, tally.Failed, null, 0, next);
    }

    private DateTimeOffset Succeed(SourceRecord source, DateTimeOffset started, WebValidators validators)
    {
        var next = started + _options.Every;
        _ledger.RecordPoll(source with
        {
            ETag = validators.ETag, LastModified = validators.LastModified, LastPoll = started, LastSuccess = started,
            ConsecutiveFailures = 0, NextPoll = next, LastError = null,
        });
        return next;
    }

    private PollReport Fail(SourceRecord source, DateTimeOffset started, string error, TimeSpan? retryAfter = null)
    {
        var failures = source.ConsecutiveFailures + 1;
        var next = started + _options.Backoff(failures, retryAfter);
        _ledger.RecordPoll(source with { LastPoll = started, ConsecutiveFailures = failures, NextPoll = next, LastError = error });
        return new PollReport(source.Url, started, PollOutcome.Failed, 0, 0, 0, 0, error, failures, next);
    }

    /// <summary>What the items of one poll came to.</summary>
    private sealed class PollTally
    {
        public int New { get; set; }

        public int Updated { get; set; }

        public int Seen { get; set; }

        public int Failed { get; set; }

        /// <summary>An item was given back to be tried again at the next poll.</summary>
        public bool Retry { get; set; }
    }
}
