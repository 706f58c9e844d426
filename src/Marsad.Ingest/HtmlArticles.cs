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
                && LooksLikeArticle(target.AbsolutePath, page.AbsolutePath) && target.GetLeftPart(UriPartial.Query) is var link && !links.Contains(link))
            {
                links.Add(link);
            }
        }

        return links;
    }

    // Articles sit under their section's page (/news/attack from /news), or carry a date or number
    // (/2026/03/02/attack, /fr/12345) or end in a slug (/ambush-near-gao-kills-five); a sibling section
    // (/sport from /news) does none of these, and a listing's next pages (/news/page/2) are not articles.
    private static bool LooksLikeArticle(string path, string section)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Contains("page", StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var underSection = section.Length > 1 && path.StartsWith(section.TrimEnd('/') + "/", StringComparison.Ordinal);
        return underSection || segments.Any(s => s.Any(char.IsAsciiDigit)) || segments[^1].Count(c => c == '-') >= 2;
    }

    private static string? Meta(IDocument document, string property) =>
        NonEmpty(document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content"));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
