using Marsad.Dedup;
using Marsad.Events;

namespace Marsad.Tests.Dedup;

/// <summary>A stored dataset kept in memory, to test incremental dedup without a database.</summary>
internal sealed class InMemoryNeighbourhood(Deduplicator dedup) : IIncidentNeighbourhood
{
    private readonly Dictionary<string, EventCluster> _clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<EventKey, string> _clusterOf = [];
    private readonly Dictionary<EventKey, KeyedEvent> _events = [];

    public IReadOnlyCollection<EventCluster> Clusters => _clusters.Values;

    public IEnumerable<KeyedEvent> Candidates(EventRecord probe, DateOnly from, DateOnly to) =>
        _events.Values.Where(e => e.Event.EventType == probe.EventType && e.Event.EventDate >= from && e.Event.EventDate <= to).ToList();

    public string? ClusterOf(EventKey key) => _clusterOf.GetValueOrDefault(key);

    public IEnumerable<KeyedEvent> Members(string clusterId) => _clusters[clusterId].Members.Select(k => _events[k]).ToList();

    /// <summary>Replaces an article's events, as the store does in one transaction.</summary>
    public void Replace(string articleId, params KeyedEvent[] events)
    {
        var removed = _events.Keys.Where(k => k.ArticleId == articleId).ToHashSet();
        var change = dedup.Update(this, removed, events);
        foreach (var key in removed)
        {
            _events.Remove(key);
        }

        foreach (var e in events)
        {
            _events[e.Key] = e;
        }

        foreach (var id in change.RemovedClusterIds)
        {
            _clusters.Remove(id);
        }

        foreach (var cluster in change.Clusters)
        {
            _clusters[cluster.Id] = cluster;
            foreach (var key in cluster.Members)
            {
                _clusterOf[key] = cluster.Id;
            }
        }
    }
}
