namespace Marsad.Ingest;

/// <summary>Limits for fetching URLs: every request ends, is bounded in size and says who is asking.</summary>
public sealed record WebOptions
{
    public static WebOptions Default { get; } = new();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    public string UserAgent { get; init; } = "Marsad/1.0 (conflict event research; offline news reader)";
}
