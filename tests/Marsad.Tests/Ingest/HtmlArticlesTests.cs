using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class HtmlArticlesTests
{
    private const string Body = "أعلن الجيش المالي أن مسلحين نصبوا كمينا لقافلة قرب أنسونغو.";

    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="windows-1256">
          <title>كمين قرب أنسونغو | صحيفة الساحل</title>
          <meta property="article:published_time" content="2025-02-12T08:30:00Z">
          <link rel="canonical" href="https://example.org/news/ansongo-ambush">
          <script>var tracker = "قائمة";</script>
          <style>.menu { color: red }</style>
        </head>
        <body>
          <nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
          <div class="top-menu">أخبار | رياضة | اقتصاد</div>
          <article>
            <h1>كمين قرب أنسونغو</h1>
            <p>{{Body}}</p>
            <!-- إعلان: لا تنشر -->
            <p>وقال مصدر محلي إن <b>ثلاثة</b> جنود قتلوا.</p>
            <div class="share-buttons">شارك على فيسبوك</div>
            <aside>اقرأ أيضا: أخبار أخرى</aside>
          </article>
          <section id="comments">تعليق: هذا خبر قديم</section>
          <footer>جميع الحقوق محفوظة</footer>
        </body>
        </html>
        """;

    [Fact]
    public void FromHtml_NewsPage_MainTextWithoutMenusCommentsOrScripts()
    {
        var article = HtmlArticles.FromHtml(Page, "ansongo", "page.html", null, new ArticleReadOptions()).Article!;

        Assert.Equal($"كمين قرب أنسونغو\n{Body}\nوقال مصدر محلي إن ثلاثة جنود قتلوا.", article.Text);
        Assert.Equal(("ar", new DateOnly(2025, 2, 12), "https://example.org/news/ansongo-ambush"), (article.Lang, article.Published!.Value, article.Url));
        Assert.Equal("كمين قرب أنسونغو | صحيفة الساحل", article.Title);
    }

    [Theory]
    [InlineData("الرئيسية")]
    [InlineData("رياضة")]
    [InlineData("لا تنشر")]
    [InlineData("فيسبوك")]
    [InlineData("اقرأ أيضا")]
    [InlineData("تعليق")]
    [InlineData("محفوظة")]
    [InlineData("tracker")]
    public void FromHtml_NewsPage_BoilerplateLeftOut(string boilerplate)
    {
        var article = HtmlArticles.FromHtml(Page, "ansongo", "page.html", null, new ArticleReadOptions()).Article!;

        Assert.DoesNotContain(boilerplate, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHtml_OnlyBoilerplate_FailedItem()
    {
        var item = HtmlArticles.FromHtml("<html><body><nav>menu</nav><script>x()</script></body></html>", "empty", "empty.html", null, new ArticleReadOptions());

        Assert.Null(item.Article);
        Assert.True(item.Problems.Single().IsError);
    }

    [Fact]
    public void Decode_Windows1256PageDeclaringItsCharset_ArabicIntact()
    {
        var bytes = TextEncodingDetector.Windows1256.GetBytes(Page);

        var (text, reason) = HtmlDecoding.Decode(bytes);

        Assert.Contains(Body, text, StringComparison.Ordinal);
        Assert.Contains("1256", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HtmlFilesInWindows1256AndUtf16_BothDecoded()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-html-").FullName;
        try
        {
            var undeclared = Page.Replace("<meta charset=\"windows-1256\">", "", StringComparison.Ordinal);
            File.WriteAllBytes(Path.Combine(folder, "a.html"), TextEncodingDetector.Windows1256.GetBytes(undeclared));
            File.WriteAllBytes(Path.Combine(folder, "b.htm"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(undeclared)]);
            File.WriteAllText(Path.Combine(folder, "notes.md"), "ignored");

            using var web = new WebSource();
            var items = Sources.Read(folder, new ArticleReadOptions(), web).ToList();

            Assert.Equal(["a", "b"], items.Select(i => i.Article!.Id));
            Assert.All(items, i => Assert.Contains(Body, i.Article!.Text, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("https://radio.example/actualites", "/actualites/attaque-sokora", true)]
    [InlineData("https://radio.example/actualites", "/2026/03/02/attaque", true)]
    [InlineData("https://radio.example/actualites", "/fr/12345", true)]
    [InlineData("https://radio.example/", "/embuscade-pres-de-kourma", true)]
    [InlineData("https://radio.example/actualites", "/sport", false)]
    [InlineData("https://radio.example/", "/fr/sport", false)]
    [InlineData("https://radio.example/actualites", "https://other.example/2026/03/x", false)]
    [InlineData("https://radio.example/actualites", "/actualites", false)]
    [InlineData("https://radio.example/actualites", "/actualites/page/2", false)]
    [InlineData("https://radio.example/actualites", "/actualites?page=2", false)]
    [InlineData("https://radio.example/actualites", "mailto:redaction@radio.example", false)]
    public void ArticleLinks_SameSiteArticlesOnly(string page, string href, bool kept)
    {
        var html = $"<html><body><main><a href=\"{href}\">lien</a></main></body></html>";

        Assert.Equal(kept ? 1 : 0, HtmlArticles.ArticleLinks(html, new Uri(page)).Count);
    }

    [Fact]
    public void ArticleLinks_MenusAndRelatedBoxesLeftOutFragmentsDroppedOnce()
    {
        const string Html = """
            <html><body><nav><a href="/2026/03/menu-link">menu</a></nav>
            <main><a href="/2026/03/attaque#commentaires">a</a><a href="/2026/03/attaque">a</a></main>
            <div class="related-articles"><a href="/2025/01/ancien">ancien</a></div></body></html>
            """;

        Assert.Equal(["https://radio.example/2026/03/attaque"], HtmlArticles.ArticleLinks(Html, new Uri("https://radio.example/")));
    }
}
