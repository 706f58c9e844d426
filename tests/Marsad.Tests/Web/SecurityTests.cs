using System.Net;

namespace Marsad.Tests.Web;

/// <summary>What the server refuses, and the headers that keep the page's content inert.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private SampleSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _site = await SampleSite.StartAsync(inMemory: true, options => options with { RequestsPerSecond = 1, RequestBurst = 30 });
        _client = _site.Client();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/api/nothing-here")]
    public async Task AnyResponse_StrictPolicyAndNoSniffing(string path)
    {
        using var response = await _client.GetAsync(path);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("openstreetmap", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Online_TilesAllowedAsImagesOnly()
    {
        await using var online = await SampleSite.StartAsync(inMemory: true, options => options with { Online = true });
        using var response = await online.Client().GetAsync("/");
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("img-src 'self' https://tile.openstreetmap.org;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_405AsJsonWithoutInternals()
    {
        using var response = await _client.PostAsync("/api/events", null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("only answers GET", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestWithBody_413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events") { Content = new StringContent(new string('x', 2000)) };
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task VeryLongQuery_414()
    {
        using var response = await _client.GetAsync("/api/events?text=" + new string('a', 3000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task ForeignHostName_Refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Host = "attacker.example";
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BurstAboveTheLimit_429WithRetryAfter()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await _client.GetAsync("/api/facets");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("1", Assert.Single(response.Headers.GetValues("Retry-After")));
                break;
            }
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.InRange(statuses.Count, 30, 32); // the burst, and at most one token replenished meanwhile
    }
}
