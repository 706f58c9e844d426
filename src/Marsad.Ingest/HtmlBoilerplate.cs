using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Marsad.Ingest;

/// <summary>What is not the article on a news page, and how the article's text is laid out.</summary>
internal static partial class HtmlBoilerplate
{
    private const string NonContent =
        "script, style, noscript, template, iframe, svg, form, button, nav, header, footer, aside, menu, "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

    private static readonly string[] Blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "div", "br"];

    public static void Remove(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NonContent).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").Where(e => BoilerplateName().IsMatch($"{e.ClassName} {e.Id}")).ToList())
        {
            element.Remove();
        }

        foreach (var comment in document.Descendants<IComment>().ToList())
        {
            comment.RemoveFromParent();
        }
    }

    /// <summary>The text of the page's article element (or its main, or its body), one line per block.</summary>
    public static string MainText(IDocument document)
    {
        var root = document.QuerySelector("[itemprop=articleBody]") ?? document.QuerySelector("article")
                   ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
        {
            return "";
        }

        var text = new StringBuilder();
        Append(root, text);
        return string.Join('\n', text.ToString().Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    text.Append('\n');
                }

                Append(element, text);
                if (block)
                {
                    text.Append('\n');
                }
            }
        }
    }

    // Class and id words news templates use for what surrounds the article.
    [GeneratedRegex(@"(^|[\s_-])(menu|navbar|nav|breadcrumbs?|sidebar|footer|header|comments?|share|sharing|social|related|newsletter|advert|ads?|promo|cookie|subscribe|tags|widget|popup)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"[ \t\u00A0\r\f\v]+")]
    private static partial Regex Spaces();
}
