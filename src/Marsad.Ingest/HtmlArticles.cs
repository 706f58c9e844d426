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

    /// <summary>
    /// The links of a news section page's main content (menus, headers, footers and related boxes removed)
    /// to article-like pages of the same site, absolute and without fragments, in page order.
    /// </summary>
    public static IReadOnlyList<string> ArticleLinks(string html, Uri page)
    {
        using var document = Parser.ParseDocument(html);
        HtmlBoilerplate.Remove(document);
        var links = new List<string>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (Uri.TryCreate(page, anchor.GetAttribute("href"), out var target) && target.Scheme is "http" or "https"
                && string.Equals(target.Host, page.Host, StringComparison.OrdinalIgnoreCase) && target.PathAndQuery != page.PathAndQuery
                && LooksLikeArticle(target.AbsolutePath) && target.GetLeftPart(UriPartial.Query) is var link && !links.Contains(link))
            {
                links.Add(link);
            }
        }

        return links;
    }

    // Articles sit deeper than sections, or carry a number or a slug: /2025/03/attack, /news/12345, /ambush-near-gao-kills-five.
    private static bool LooksLikeArticle(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 || segments.Any(s => s.Any(char.IsAsciiDigit) || s.Count(c => c == '-') >= 2);
    }

    private static string? Meta(IDocument document, string property) =>
        NonEmpty(document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content"));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
