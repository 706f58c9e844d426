using System.Collections.Immutable;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Marsad.Ingest;

/// <summary>One item of a feed as the feed gives it: its text may be empty when only its page holds the article.</summary>
/// <param name="Position">1-based position in the feed, for messages.</param>
/// <param name="Key">The item's id, else its link: what identifies it from one reading of the feed to the next; null when it has neither.</param>
/// <param name="Link">The item's page.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Published">The item's publication (or else update) date.</param>
/// <param name="Text">The item's content, else its summary, as plain text; empty when the feed carries neither.</param>
public sealed record FeedEntry(int Position, string? Key, string? Link, string? Title, DateOnly? Published, string Text);

/// <summary>A parsed RSS or Atom feed.</summary>
public sealed record FeedDocument(string? Title, ImmutableArray<FeedEntry> Entries);

/// <summary>The articles of an RSS 2.0 or Atom 1.0 feed: one per item, its full content when the feed carries it, else its summary.</summary>
public static class FeedArticles
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 50_000_000 };

    public static IEnumerable<SourceItem> Read(Stream xml, string origin, ArticleReadOptions options)
    {
        var feed = Parse(xml, out var error);
        if (feed is null)
        {
            return [SourceItem.Failed(origin, null, error!)];
        }

        var items = feed.Entries.Select(entry => FromEntry(entry, feed.Title, origin, options)).ToList();
        return items.Count > 0 ? items : [SourceItem.Failed(origin, null, "the feed has no items")];
    }

    /// <summary>The feed's items, or null with <paramref name="error"/> saying why the bytes are not a feed.</summary>
    public static FeedDocument? Parse(Stream xml, out string? error)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(xml, Settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException)
        {
            error = $"not an RSS or Atom feed: {e.Message}";
            return null;
        }

        error = null;
        return new FeedDocument(feed.Title?.Text, [.. feed.Items.Select((item, i) => ToEntry(item, i + 1))]);
    }

    private static FeedEntry ToEntry(SyndicationItem item, int position)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
        var html = Encoded(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return new FeedEntry(
            position,
            item.Id ?? link,
            link,
            item.Title?.Text,
            published != default ? DateOnly.FromDateTime(published.UtcDateTime) : null,
            html is null ? "" : HtmlArticles.TextOf(html));
    }

    private static SourceItem FromEntry(FeedEntry entry, string? feedTitle, string origin, ArticleReadOptions options)
    {
        if (entry.Key is null || string.IsNullOrWhiteSpace(entry.Text))
        {
            return SourceItem.Failed(origin, entry.Position, entry.Key is null ? "feed item has neither id nor link" : $"feed item '{entry.Key}' has no text");
        }

        var article = new Article
        {
            Id = entry.Key,
            Text = entry.Text,
            Title = entry.Title,
            Published = entry.Published ?? options.Published,
            Url = entry.Link,
            Source = feedTitle,
        };
        return new SourceItem(article, origin, entry.Position, []);
    }

    // RSS feeds put the full article in <content:encoded>; the summary is often a teaser.
    private static string? Encoded(SyndicationItem item) =>
        item.ElementExtensions.Where(e => e.OuterName == "encoded" && e.OuterNamespace == ContentModule)
            .Select(e => e.GetObject<string>()).FirstOrDefault();
}
