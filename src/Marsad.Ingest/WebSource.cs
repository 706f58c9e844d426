using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Ingest;

/// <summary>
/// Reads a URL: an HTML page becomes one article, an RSS/Atom feed its items, plain text one
/// article. Timeouts, a size cap and a redirect limit bound every request; failures are items.
/// Safe for concurrent requests.
/// </summary>
public sealed partial class WebSource : IDisposable
{
    private readonly HttpClient _client;
    private readonly WebOptions _options;

    public WebSource(WebOptions? options = null, HttpMessageHandler? handler = null)
    {
        _options = options ?? WebOptions.Default;
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = _options.MaxRedirects,
            AutomaticDecompression = DecompressionMethods.All,
        };
        _client = new HttpClient(handler) { Timeout = _options.Timeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    public static bool IsUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public IEnumerable<SourceItem> Read(string url, ArticleReadOptions options)
    {
        var response = GetAsync(url, WebValidators.None, CancellationToken.None).GetAwaiter().GetResult();
        return response.Status == WebStatus.Fetched
            ? FromBody(url, response.Body, response.ContentType, options)
            : [SourceItem.Failed(url, null, response.Error!)];
    }

    /// <summary>
    /// GETs <paramref name="url"/>, sending the validators of the version already seen: a server that
    /// answers 304 sends no body. Failures (HTTP errors, timeouts, bodies over the cap) are responses;
    /// only <paramref name="cancellation"/> throws.
    /// </summary>
    public async Task<WebResponse> GetAsync(string url, WebValidators validators, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        request.Headers.IfModifiedSince = validators.LastModified;
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return WebResponse.NotModified(validators);
            }

            if (!response.IsSuccessStatusCode)
            {
                return WebResponse.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", RetryAfter(response));
            }

            var body = await ReadCappedAsync(await response.Content.ReadAsStreamAsync(cancellation), cancellation);
            return WebResponse.Fetched(body, response.Content.Headers.ContentType, new WebValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
        {
            return WebResponse.Failed(e is TaskCanceledException ? $"no answer within {_options.Timeout.TotalSeconds:0} s" : e.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    internal static IEnumerable<SourceItem> FromBody(string url, byte[] body, MediaTypeHeaderValue? type, ArticleReadOptions options)
    {
        if (IsFeed(type, body))
        {
            return FeedArticles.Read(new MemoryStream(body), url, options);
        }

        var (text, reason) = HtmlDecoding.Decode(body, type?.CharSet);
        if (text is null)
        {
            return [SourceItem.Failed(url, null, $"not text: {reason}")];
        }

        return type?.MediaType == "text/plain"
            ? [ArticleJson.FromPlainText(url, text, url, null, options, [])]
            : [HtmlArticles.FromHtml(text, url, url, url, options)];
    }

    // Retry-After is a number of seconds or a date, which is read against the server's own Date.
    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date - response.Headers.Date);

    /// <summary>Whether a response is a feed: its type says so, or its first element is an RSS, Atom or RDF root (feeds served as text/html exist).</summary>
    public static bool IsFeed(MediaTypeHeaderValue? type, byte[] body)
    {
        var media = type?.MediaType ?? "";
        if (media.Contains("rss", StringComparison.Ordinal) || media.Contains("atom", StringComparison.Ordinal)
            || (media.EndsWith("xml", StringComparison.Ordinal) && !media.Contains("xhtml", StringComparison.Ordinal)))
        {
            return true;
        }

        return FeedRoot().IsMatch(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 1024)));
    }

    private async Task<byte[]> ReadCappedAsync(Stream stream, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw new IOException($"larger than the limit of {_options.MaxBytes:N0} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [GeneratedRegex(@"^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", RegexOptions.Singleline)]
    private static partial Regex FeedRoot();
}
