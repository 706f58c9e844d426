using Marsad.Events;

namespace Marsad.Dedup;

/// <summary>
/// The part of a stored dataset an incremental dedup update needs to see: the events that could
/// be the same incident as a new one, and the current clusters. Every stored event belongs to
/// exactly one cluster (a single report is a cluster of one).
/// </summary>
public interface IIncidentNeighbourhood
{
    /// <summary>
    /// Stored events that could be the same incident as <paramref name="probe"/>: its event type,
    /// dated within [from, to], and near it or in its admin2. A superset is fine.
    /// </summary>
    IEnumerable<KeyedEvent> Candidates(EventRecord probe, DateOnly from, DateOnly to);

    /// <summary>The id of the cluster holding <paramref name="key"/>, or null when the event is not stored.</summary>
    string? ClusterOf(EventKey key);

    IEnumerable<KeyedEvent> Members(string clusterId);
}
