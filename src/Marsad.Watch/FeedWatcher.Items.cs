using System.Data.Common;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Watch;

public sealed partial class FeedWatcher
{
    /// <summary>Goes through a feed's items; returns why the body is not a feed, or null.</summary>
    private async Task<string?> FeedItemsAsync(string url, WebResponse response, PollTally tally, CancellationToken cancellation)
    {
        var feed = FeedArticles.Parse(new MemoryStream(response.Body), out var error);
        if (feed is null)
        {
            return error;
        }

        foreach (var entry in feed.Entries)
        {
            if (entry.Key is null)
            {
                tally.Failed++;
                OnProblem?.Invoke(new InputProblem(url, entry.Position, "feed item has neither id nor link", IsError: true));
                continue;
            }

            await ItemAsync(url, entry, feed.Title, tally, cancellation);
        }

        return null;
    }

    /// <summary>Goes through the articles a news page links to; returns why the page cannot be read, or null.</summary>
    private async Task<string?> PageItemsAsync(string url, WebResponse response, PollTally tally, CancellationToken cancellation)
    {
        var (html, reason) = HtmlDecoding.Decode(response.Body, response.ContentType?.CharSet);
        if (html is null)
        {
            return $"neither a feed nor a page: {reason}";
        }

        var links = HtmlArticles.ArticleLinks(html, new Uri(url));
        if (links.Count == 0)
        {
            return "not a feed, and the page links to no article of its site";
        }

        foreach (var (link, position) in links.Select((link, i) => (link, i + 1)))
        {
            await ItemAsync(url, new FeedEntry(position, link, link, null, null, ""), null, tally, cancellation);
        }

        return null;
    }

    /// <summary>
    /// One item: taken up in the ledger unless seen before, its page fetched and its article ingested,
    /// then completed. A stop while fetching gives it back untried; a stop while ingesting waits for the commit.
    /// </summary>
    private async Task ItemAsync(string sourceUrl, FeedEntry entry, string? feedTitle, PollTally tally, CancellationToken cancellation)
    {
        var key = entry.Key!;
        if (_ledger.Claim(sourceUrl, key, Now, _options.ItemLease) != ItemClaim.Claimed)
        {
            tally.Seen++;
            return;
        }

        // Feeds may give links relative to themselves.
        var page = entry.Link is null ? null : Uri.TryCreate(new Uri(sourceUrl), entry.Link, out var resolved) ? resolved.AbsoluteUri : entry.Link;
        var origin = page ?? sourceUrl;
        ItemRead read;
        try
        {
            read = await ReadItemAsync(entry, page, feedTitle, cancellation);
        }
        catch (OperationCanceledException)
        {
            _ledger.Release(key, failure: null);
            throw;
        }

        if (read.Article is null)
        {
            RetryOrGiveUp(key, origin, read.Error!, read.Transient, tally);
        }
        else
        {
            Ingest(key, origin, read.Article, tally);
        }
    }

    /// <summary>An item that failed: given back for the next poll when the failure may pass and attempts remain, else completed with the error.</summary>
    private void RetryOrGiveUp(string key, string origin, string error, bool transient, PollTally tally)
    {
        tally.Failed++;
        var retry = transient && _ledger.Release(key, error) < _options.MaxItemAttempts;
        tally.Retry |= retry;
        if (!retry)
        {
            _ledger.Complete(key, Now, ingested: false, error);
        }

        OnProblem?.Invoke(new InputProblem(origin, null, retry ? $"{error}; tried again at the next poll" : error, IsError: true));
    }

    private void Ingest(string key, string origin, Article article, PollTally tally)
    {
        _ingestFailure = null;
        var summary = new IngestSummary();
        try
        {
            _ingestor.Ingest([new IngestItem(article, origin)], summary);
        }
        catch (DbException e)
        {
            // The batch's transaction could not begin or commit.
            _ingestFailure = $"not saved: {e.Message}";
        }

        // Nothing of a failed article is stored (the database busy past its timeout, an extractor bug): it is tried again, a few times.
        if (_ingestFailure is not null)
        {
            RetryOrGiveUp(key, origin, _ingestFailure, transient: true, tally);
            return;
        }

        tally.New += summary.New;
        tally.Updated += summary.Updated;
        tally.Seen += summary.Unchanged; // the store had the article already (another watcher, `marsad ingest`)
        _ledger.Complete(key, Now, ingested: summary.New + summary.Updated > 0, error: null);
    }

    // link: the item's page made absolute, null when the feed gives none.
    private async Task<ItemRead> ReadItemAsync(FeedEntry entry, string? link, string? feedTitle, CancellationToken cancellation)
    {
        var fromFeed = new Article { Id = entry.Key!, Text = entry.Text, Title = entry.Title, Published = entry.Published, Url = entry.Link, Source = feedTitle };
        if (link is null)
        {
            return string.IsNullOrWhiteSpace(entry.Text) ? ItemRead.Failed("feed item has no link and no text", transient: false) : new ItemRead(fromFeed, null, false);
        }

        if (!WebSource.IsUrl(link))
        {
            return ItemRead.Failed($"feed item '{entry.Key}' links to '{link}', not an http(s) page", transient: false);
        }

        await _throttle.WaitTurnAsync(link, cancellation);
        var response = await _web.GetAsync(link, WebValidators.None, cancellation);
        if (response.Status != WebStatus.Fetched)
        {
            return ItemRead.Failed(response.Error ?? "no page", transient: true);
        }

        var (html, reason) = HtmlDecoding.Decode(response.Body, response.ContentType?.CharSet);
        if (html is null)
        {
            return ItemRead.Failed($"the item's page is not text: {reason}", transient: false);
        }

        var page = HtmlArticles.FromHtml(html, entry.Key!, link, link, new ArticleReadOptions { Retrieved = DateOnly.FromDateTime(Now.UtcDateTime) });
        if (page.Article is not { } article)
        {
            return ItemRead.Failed(page.Problems[0].Message, transient: false);
        }

        // The page's own metadata first; the feed's where the page declares none.
        return new ItemRead(article with { Title = article.Title ?? entry.Title, Published = article.Published ?? entry.Published, Source = article.Source ?? feedTitle }, null, false);
    }

    /// <summary>An item's article, or why it could not be read and whether a later try may succeed (an HTTP error or timeout may pass; a page without text will not).</summary>
    private sealed record ItemRead(Article? Article, string? Error, bool Transient)
    {
        public static ItemRead Failed(string error, bool transient) => new(null, error, transient);
    }
}
