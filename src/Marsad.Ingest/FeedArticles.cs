using System.ServiceModel.Syndication;
using System.Xml;

namespace Marsad.Ingest;

/// <summary>The articles of an RSS 2.0 or Atom 1.0 feed: one per item, its full content when the feed carries it, else its summary.</summary>
public static class FeedArticles
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 50_000_000 };

    public static IEnumerable<SourceItem> Read(Stream xml, string origin, ArticleReadOptions options)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(xml, Settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException)
        {
            return [SourceItem.Failed(origin, null, $"not an RSS or Atom feed: {e.Message}")];
        }

        var items = feed.Items.Select((item, i) => FromItem(item, i + 1, feed.Title?.Text, origin, options)).ToList();
        return items.Count > 0 ? items : [SourceItem.Failed(origin, null, "the feed has no items")];
    }

    private static SourceItem FromItem(SyndicationItem item, int position, string? feedTitle, string origin, ArticleReadOptions options)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
        var html = Encoded(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
        var text = html is null ? "" : HtmlArticles.TextOf(html);
        var id = item.Id ?? link;
        if (id is null || string.IsNullOrWhiteSpace(text))
        {
            return SourceItem.Failed(origin, position, id is null ? "feed item has neither id nor link" : $"feed item '{id}' has no text");
        }

        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        var article = new Article
        {
            Id = id,
            Text = text,
            Title = item.Title?.Text,
            Published = published != default ? DateOnly.FromDateTime(published.UtcDateTime) : options.Published,
            Url = link,
            Source = feedTitle,
        };
        return new SourceItem(article, origin, position, []);
    }

    // RSS feeds put the full article in <content:encoded>; the summary is often a teaser.
    private static string? Encoded(SyndicationItem item) =>
        item.ElementExtensions.Where(e => e.OuterName == "encoded" && e.OuterNamespace == ContentModule)
            .Select(e => e.GetObject<string>()).FirstOrDefault();
}
