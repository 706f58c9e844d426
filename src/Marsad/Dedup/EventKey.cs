using Marsad.Events;

namespace Marsad.Dedup;

/// <summary>Identifies one extracted event: the article it came from and its position in that article's events.</summary>
public readonly record struct EventKey(string ArticleId, int Ordinal) : IComparable<EventKey>
{
    public int CompareTo(EventKey other)
    {
        var byArticle = string.CompareOrdinal(ArticleId, other.ArticleId);
        return byArticle != 0 ? byArticle : Ordinal.CompareTo(other.Ordinal);
    }

    public override string ToString() => $"{ArticleId}#{Ordinal}";

    public static bool operator <(EventKey left, EventKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(EventKey left, EventKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(EventKey left, EventKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(EventKey left, EventKey right) => left.CompareTo(right) >= 0;
}

/// <summary>An event with the key that identifies it across the dataset.</summary>
public sealed record KeyedEvent(EventKey Key, EventRecord Event);
