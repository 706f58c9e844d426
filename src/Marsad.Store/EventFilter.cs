namespace Marsad.Store;

/// <summary>
/// Which events to list or export. Every criterion is optional; text is matched after Arabic and
/// Latin folding against the articles and the events' actors, places and notes.
/// </summary>
public sealed record EventFilter
{
    public static EventFilter All { get; } = new();

    public DateOnly? Since { get; init; }

    public DateOnly? Until { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public string? EventType { get; init; }

    public string? SubEventType { get; init; }

    /// <summary>A part of an actor's name (actor1, actor2 or an associated actor), case-insensitive.</summary>
    public string? Actor { get; init; }

    public string? Text { get; init; }
}
