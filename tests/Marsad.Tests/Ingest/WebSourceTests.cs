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

    [Theory]
    [InlineData("application/rss+xml", "<rss/>", true)]
    [InlineData("text/xml", "<x/>", true)]
    [InlineData("application/xhtml+xml", "<html/>", false)]
    [InlineData("text/html", "\uFEFF<?xml version=\"1.0\"?>\n<!-- generator -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true)]
    [InlineData("text/html", "<rss version=\"2.0\">", true)]
    [InlineData("text/html", "<!DOCTYPE html><html><body>rss feed</body></html>", false)]
    [InlineData(null, "<feedback>", false)]
    public void IsFeed_TypeOrRootElement(string? type, string body, bool expected) =>
        Assert.Equal(expected, WebSource.IsFeed(type is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(type), System.Text.Encoding.UTF8.GetBytes(body)));

    [Fact]
    public async Task GetAsync_ValidatorsSentAndNotModifiedAnswered_NoBodyAndTheValidatorsKept()
    {
        HttpRequestMessage? sent = null;
        using var web = new WebSource(handler: new FixedHandler(new HttpResponseMessage(HttpStatusCode.NotModified), request => sent = request));
        var validators = new WebValidators("\"v3\"", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

        var response = await web.GetAsync("https://example.org/feed.rss", validators, CancellationToken.None);

        Assert.Equal((WebStatus.NotModified, validators, 0), (response.Status, response.Validators, response.Body.Length));
        Assert.Equal("\"v3\"", sent!.Headers.IfNoneMatch.Single().ToString());
        Assert.Equal(validators.LastModified, sent.Headers.IfModifiedSince);
    }

    private static WebSource Web(HttpResponseMessage response, WebOptions? options = null) => new(options, new FixedHandler(response));

    private sealed class FixedHandler(HttpResponseMessage response, Action<HttpRequestMessage>? seen = null) : HttpMessageHandler
    {
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen?.Invoke(request);
            return response;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(Send(request, cancellationToken));
    }
}
