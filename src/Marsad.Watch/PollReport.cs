using System.Globalization;

namespace Marsad.Watch;

public enum PollOutcome
{
    /// <summary>The source was downloaded and its items gone through.</summary>
    Fetched,

    /// <summary>The server answered 304: nothing downloaded, nothing new.</summary>
    NotModified,

    /// <summary>The source could not be read (HTTP error, timeout, not a feed or page); it is backed off.</summary>
    Failed,

    /// <summary>Not polled: the source is backed off after failures.</summary>
    BackedOff,
}

/// <summary>One poll of one source, as the log line says it.</summary>
/// <param name="Url">The source.</param>
/// <param name="At">When the poll began.</param>
/// <param name="Outcome">What the source answered.</param>
/// <param name="New">Items ingested as new articles.</param>
/// <param name="Updated">Items whose article was stored before with other content, now replaced.</param>
/// <param name="Seen">Items taken up before (by this or another watcher), or whose article the store already had.</param>
/// <param name="Failed">Items that could not be read or ingested (each reported on its own).</param>
/// <param name="Error">Why the source failed (the last failure, when backed off).</param>
/// <param name="Failures">Failures in a row, after this poll.</param>
/// <param name="NextPoll">When the source may be polled again.</param>
public sealed record PollReport(string Url, DateTimeOffset At, PollOutcome Outcome, int New, int Updated, int Seen, int Failed, string? Error, int Failures, DateTimeOffset? NextPoll)
{
    public override string ToString()
    {
        var at = Stamp(At);
        return Outcome switch
        {
            PollOutcome.NotModified => $"{at} {Url}: unchanged (304 Not Modified)",
            PollOutcome.Failed => $"{at} {Url}: failed: {Error}; {Failures} failure(s) in a row, next try after {Stamp(NextPoll)}",
            PollOutcome.BackedOff => $"{at} {Url}: backed off after {Failures} failure(s) until {Stamp(NextPoll)}",
            _ when New + Updated + Failed == 0 => $"{at} {Url}: unchanged ({Seen} item(s) seen before)",
            _ => $"{at} {Url}: new {New}, updated {Updated}, seen before {Seen}, failed {Failed}",
        };
    }

    private static string Stamp(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "?";
}
