using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class FeedArticlesTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Sahel Info</title>
            <link>https://example.org/</link>
            <description>Nouvelles</description>
            <item>
              <title>Attaque à Ménaka</title>
              <link>https://example.org/a/1</link>
              <guid>https://example.org/a/1</guid>
              <pubDate>Tue, 11 Feb 2025 10:00:00 GMT</pubDate>
              <description>Résumé court</description>
              <content:encoded><![CDATA[<p>Des hommes armés ont attaqué un village près de Ménaka.</p><div class="share">Partager</div>]]></content:encoded>
            </item>
            <item>
              <title>Sans texte</title>
              <link>https://example.org/a/2</link>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>وكالة الساحل</title>
          <id>urn:sahel</id>
          <updated>2025-02-12T00:00:00Z</updated>
          <entry>
            <id>urn:sahel:1</id>
            <title>اشتباك في غاو</title>
            <updated>2025-02-12T09:00:00Z</updated>
            <link href="https://example.org/ar/1"/>
            <summary type="html">&lt;p&gt;اشتبك الجيش مع مسلحين قرب غاو.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Read_Rss_FullContentPerItemAndItemWithoutTextReported()
    {
        var items = FeedArticles.Read(new MemoryStream(Encoding.UTF8.GetBytes(Rss)), "feed.rss", new ArticleReadOptions()).ToList();

        var article = items[0].Article!;
        Assert.Equal(("https://example.org/a/1", "Des hommes armés ont attaqué un village près de Ménaka.", "Sahel Info"), (article.Id, article.Text, article.Source));
        Assert.Equal(new DateOnly(2025, 2, 11), article.Published);
        Assert.Null(items[1].Article);
        Assert.Equal(2, items[1].Line);
    }

    [Fact]
    public void Read_Atom_SummaryAsText()
    {
        var article = Assert.Single(FeedArticles.Read(new MemoryStream(Encoding.UTF8.GetBytes(Atom)), "feed.atom", new ArticleReadOptions())).Article!;

        Assert.Equal(("urn:sahel:1", "اشتبك الجيش مع مسلحين قرب غاو.", "https://example.org/ar/1"), (article.Id, article.Text, article.Url));
    }

    [Fact]
    public void Read_NotAFeed_OneFailedItem()
    {
        var item = Assert.Single(FeedArticles.Read(new MemoryStream("<html>no</html>"u8.ToArray()), "x.xml", new ArticleReadOptions()));

        Assert.Null(item.Article);
    }
}
