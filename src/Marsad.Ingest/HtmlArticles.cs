using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Ingest;

/// <summary>
/// An HTML page's article: its main text without menus, comments, scripts, share bars or
/// related-links boxes, with the title, language, publication date and canonical URL the page declares.
/// </summary>
public static class HtmlArticles
{
    private static readonly HtmlParser Parser = new();

    public static SourceItem FromHtml(string html, string id, string origin, string? url, ArticleReadOptions options)
    {
        using var document = Parser.ParseDocument(html);
        HtmlBoilerplate.Remove(document);
        var text = HtmlBoilerplate.MainText(document);
        var article = new Article
        {
            Id = id,
            Text = text,
            Title = Meta(document, "og:title") ?? NonEmpty(document.Title) ?? NonEmpty(document.QuerySelector("h1")?.TextContent.Trim()),
            Lang = NonEmpty(document.DocumentElement.GetAttribute("lang")?.Split('-')[0]),
            Published = ArticleJson.ParseDate(
                Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"), out _) ?? options.Published,
            Url = Meta(document, "og:url") ?? NonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? url,
            Source = Meta(document, "og:site_name"),
        };
        return string.IsNullOrWhiteSpace(text)
            ? SourceItem.Failed(origin, null, "the page has no article text")
            : new SourceItem(article, origin, null, []);
    }

    /// <summary>Plain text of an HTML fragment (a feed item's content), boilerplate removed.</summary>
    public static string TextOf(string fragment)
    {
        using var document = Parser.ParseDocument($"<html><body>{fragment}</body></html>");
        HtmlBoilerplate.Remove(document);
        return HtmlBoilerplate.MainText(document);
    }

    private static string? Meta(IDocument document, string property) =>
        NonEmpty(document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content"));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
