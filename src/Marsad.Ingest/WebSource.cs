using System.Net;
using System.Net.Http.Headers;

namespace Marsad.Ingest;

/// <summary>
/// Reads a URL: an HTML page becomes one article, an RSS/Atom feed its items, plain text one
/// article. Timeouts, a size cap and a redirect limit bound every request; failures are items.
/// </summary>
public sealed class WebSource : IDisposable
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
        byte[] body;
        MediaTypeHeaderValue? type;
        try
        {
            using var response = _client.Send(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
            {
                return [SourceItem.Failed(url, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}")];
            }

            type = response.Content.Headers.ContentType;
            body = ReadCapped(response.Content.ReadAsStream());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
        {
            return [SourceItem.Failed(url, null, e is TaskCanceledException ? $"no answer within {_options.Timeout.TotalSeconds:0} s" : e.Message)];
        }

        return FromBody(url, body, type, options);
    }

    public void Dispose() => _client.Dispose();

    internal static IEnumerable<SourceItem> FromBody(string url, byte[] body, MediaTypeHeaderValue? type, ArticleReadOptions options)
    {
        var media = type?.MediaType ?? "";
        if (media.Contains("rss", StringComparison.Ordinal) || media.Contains("atom", StringComparison.Ordinal) || media.EndsWith("xml", StringComparison.Ordinal))
        {
            return FeedArticles.Read(new MemoryStream(body), url, options);
        }

        var (text, reason) = HtmlDecoding.Decode(body, type?.CharSet);
        if (text is null)
        {
            return [SourceItem.Failed(url, null, $"not text: {reason}")];
        }

        return media == "text/plain"
            ? [ArticleJson.FromPlainText(url, text, url, null, options, [])]
            : [HtmlArticles.FromHtml(text, url, url, url, options)];
    }

    private byte[] ReadCapped(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw new IOException($"larger than the limit of {_options.MaxBytes:N0} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
