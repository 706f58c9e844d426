using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Marsad.Tests.Watch;

/// <summary>
/// A news site on a loopback port whose feeds and pages the test changes between polls. It answers
/// conditional GETs as a real server does (304 when the ETag or date still holds) and counts requests
/// and full responses per path.
/// </summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _downloads = new(StringComparer.Ordinal);

    private TestSite(WebApplication app) => _app = app;

    public static async Task<TestSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new TestSite(app);
        app.Run(site.AnswerAsync);
        await app.StartAsync();
        return site;
    }

    public string Url(string path) => new Uri(new Uri(_app.Urls.First()), path).ToString();

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> from now on (status 200), with validators when given.</summary>
    public void Serve(string path, string body, string contentType = "text/html; charset=utf-8", string? etag = null, DateTimeOffset? lastModified = null) =>
        _resources[path] = new Resource(200, Encoding.UTF8.GetBytes(body), contentType, etag, lastModified);

    /// <summary>Answers <paramref name="path"/> with an error status from now on, and a Retry-After in seconds when given.</summary>
    public void Fail(string path, int status, int? retryAfter = null) => _resources[path] = new Resource(status, [], "text/plain", null, null, retryAfter);

    /// <summary>Requests for <paramref name="path"/>, whatever the answer.</summary>
    public int Requests(string path) => _requests.GetValueOrDefault(path);

    /// <summary>Answers to <paramref name="path"/> that sent the body (200s).</summary>
    public int Downloads(string path) => _downloads.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (!_resources.TryGetValue(path, out var resource))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.StatusCode = resource.Status;
        if (resource.Status != 200)
        {
            if (resource.RetryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return;
        }

        var headers = context.Request.GetTypedHeaders();
        if ((resource.ETag is not null && headers.IfNoneMatch.Any(tag => tag.Tag == resource.ETag))
            || (resource.LastModified is { } modified && headers.IfModifiedSince >= modified))
        {
            context.Response.StatusCode = 304;
            return;
        }

        var response = context.Response.GetTypedHeaders();
        response.ETag = resource.ETag is null ? null : new EntityTagHeaderValue(resource.ETag);
        response.LastModified = resource.LastModified;
        context.Response.ContentType = resource.ContentType;
        _downloads.AddOrUpdate(path, 1, (_, n) => n + 1);
        await context.Response.Body.WriteAsync(resource.Body);
    }

    private sealed record Resource(int Status, byte[] Body, string ContentType, string? ETag, DateTimeOffset? LastModified, int? RetryAfter = null);
}
