namespace Marsad.Dedup;

/// <summary>
/// The part of a stored dataset an incremental dedup update needs to see: the events that could
/// be the same incident as a new one, and the current clusters. Every stored event belongs to
/// exactly one cluster (a single report is a cluster of one).
/// </summary>
public interface IIncidentNeighbourhood
{
    /// <summary>Stored events of <paramref name="eventType"/> dated within [from, to]; a superset is fine.</summary>
    IEnumerable<KeyedEvent> Candidates(string eventType, DateOnly from, DateOnly to);

    /// <summary>The id of the cluster holding <paramref name="key"/>, or null when the event is not stored.</summary>
    string? ClusterOf(EventKey key);

    IEnumerable<KeyedEvent> Members(string clusterId);
}
