namespace Marsad.Watch;

/// <summary>How <c>marsad watch</c> polls: how often, how gently with each host, and how it backs off a failing source.</summary>
public sealed record WatchOptions
{
    public static WatchOptions Default { get; } = new();

    /// <summary>Time from the start of one poll of a healthy source to the next; zero polls each source whenever asked (<c>--once</c> from cron).</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Least time between two requests to one host (feeds and article pages alike).</summary>
    public TimeSpan HostInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after a first failure (or the interval, when longer); it doubles with each failure in a row.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Polls at which an item's page may fail (HTTP error, timeout) before the item is given up.</summary>
    public int MaxItemAttempts { get; init; } = 3;

    /// <summary>How long a watcher holds an item it has taken up; a watcher killed meanwhile leaves it to the next after that.</summary>
    public TimeSpan ItemLease { get; init; } = TimeSpan.FromMinutes(10);

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How the watcher waits (for a host's turn, for the next poll); tests pass one that moves their own clock.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Wait { get; init; }

    /// <summary>
    /// When a source that has failed <paramref name="failures"/> times in a row may be polled again, counted
    /// from its last poll; longer when the server asked for more (<paramref name="retryAfter"/>), never over the maximum.
    /// </summary>
    public TimeSpan Backoff(int failures, TimeSpan? retryAfter = null)
    {
        var first = FirstBackoff > Every ? FirstBackoff : Every;
        var delay = Math.Max(first.TotalSeconds * Math.Pow(2, Math.Min(failures - 1, 30)), retryAfter?.TotalSeconds ?? 0);
        return delay >= MaxBackoff.TotalSeconds ? MaxBackoff : TimeSpan.FromSeconds(delay);
    }

    internal Task Delay(TimeSpan delay, CancellationToken cancellation) =>
        Wait is { } wait ? wait(delay, cancellation) : Task.Delay(delay, Clock, cancellation);
}
