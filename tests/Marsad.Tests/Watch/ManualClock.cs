namespace Marsad.Tests.Watch;

/// <summary>A clock that only moves when told: waiting on it moves it at once, so backoff and intervals are tested without sleeping.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;

    public Task Wait(TimeSpan delay, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        Advance(delay);
        return Task.CompletedTask;
    }
}
