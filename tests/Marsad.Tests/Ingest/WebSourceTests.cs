using System.Net;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class WebSourceTests
{
    [Fact]
    public void Read_Windows1256PageDeclaredInHeader_ArticleWithUrlAsId()
    {
        var html = "<html><body><article><p>قتل جنديان في هجوم قرب تمبكتو.</p></article></body></html>";
        using var web = Web(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(TextEncodingDetector.Windows1256.GetBytes(html)) { Headers = { { "Content-Type", "text/html; charset=windows-1256" } } },
        });

        var article = Assert.Single(web.Read("https://example.org/p/1", new ArticleReadOptions())).Article!;

        Assert.Equal(("https://example.org/p/1", "قتل جنديان في هجوم قرب تمبكتو."), (article.Id, article.Text));
    }

    [Fact]
    public void Read_NotFound_FailedItemNamingTheStatus()
    {
        using var web = Web(new HttpResponseMessage(HttpStatusCode.NotFound));

        var item = Assert.Single(web.Read("https://example.org/missing", new ArticleReadOptions()));

        Assert.Contains("404", item.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BodyOverTheCap_FailedItem()
    {
        using var web = Web(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[300_000]) }, new WebOptions { MaxBytes = 100_000 });

        var item = Assert.Single(web.Read("https://example.org/huge", new ArticleReadOptions()));

        Assert.Contains("limit", item.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/x", true)]
    [InlineData("http://example.org", true)]
    [InlineData("ftp://example.org/x", false)]
    [InlineData("articles.jsonl", false)]
    public void IsUrl_HttpAndHttpsOnly(string source, bool expected) => Assert.Equal(expected, WebSource.IsUrl(source));

    private static WebSource Web(HttpResponseMessage response, WebOptions? options = null) => new(options, new FixedHandler(response));

    private sealed class FixedHandler(HttpResponseMessage response) : HttpMessageHandler
    {
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => response;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(response);
    }
}
