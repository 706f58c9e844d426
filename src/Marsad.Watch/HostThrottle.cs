namespace Marsad.Watch;

/// <summary>Spaces the requests to each host by at least the configured interval, whatever the source or item they are for.</summary>
internal sealed class HostThrottle(WatchOptions options)
{
    private readonly Dictionary<string, DateTimeOffset> _lastRequest = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until <paramref name="url"/>'s host may be asked again, and books the request.</summary>
    public async Task WaitTurnAsync(string url, CancellationToken cancellation)
    {
        var host = new Uri(url).Authority;
        if (_lastRequest.TryGetValue(host, out var last) && last + options.HostInterval - options.Clock.GetUtcNow() is var wait && wait > TimeSpan.Zero)
        {
            await options.Delay(wait, cancellation);
        }

        _lastRequest[host] = options.Clock.GetUtcNow();
    }
}
