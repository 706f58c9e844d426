using System.Collections.Immutable;

namespace Marsad.Dedup;

/// <summary>
/// Groups reports of the same incident into clusters: the connected groups of the
/// "same incident" relation, so the result is the same whatever order the reports arrived in.
/// Works on a whole batch, or incrementally against a stored dataset.
/// </summary>
public sealed class Deduplicator
{
    private readonly IncidentMatcher _matcher;
    private readonly ClusterReconciler _reconciler;

    public Deduplicator(DedupOptions? options = null)
    {
        options ??= DedupOptions.Default;
        _matcher = new IncidentMatcher(options);
        _reconciler = new ClusterReconciler(options);
    }

    /// <summary>Clusters a whole set of events, ordered by cluster id.</summary>
    public ImmutableArray<EventCluster> Cluster(IEnumerable<KeyedEvent> events)
    {
        var list = events.DistinctBy(e => e.Key).ToList();
        var groups = new DisjointSets(list.Count);
        foreach (var block in list.Select((e, i) => (e.Event, Index: i)).Where(x => x.Event.EventDate is not null).GroupBy(x => x.Event.EventType))
        {
            // Sorted by date, a report only needs comparing with the ones dated within the widest tolerance after it.
            var byDate = block.OrderBy(x => x.Event.EventDate!.Value.DayNumber).ToList();
            for (var i = 0; i < byDate.Count; i++)
            {
                var last = byDate[i].Event.EventDate!.Value.DayNumber + DedupOptions.MaxDateToleranceDays;
                for (var j = i + 1; j < byDate.Count && byDate[j].Event.EventDate!.Value.DayNumber <= last; j++)
                {
                    if (_matcher.SameIncident(byDate[i].Event, byDate[j].Event))
                    {
                        groups.Union(byDate[i].Index, byDate[j].Index);
                    }
                }
            }
        }

        return [.. Enumerable.Range(0, list.Count).GroupBy(groups.Find)
            .Select(g => _reconciler.Reconcile([.. g.Select(i => list[i])]))
            .OrderBy(c => c.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The change to the stored clusters when an article's old events (<paramref name="removed"/>)
    /// give way to its new ones (<paramref name="added"/>). Only the clusters these events touch
    /// are re-formed; call it before the stored events change.
    /// </summary>
    public ClusterChange Update(IIncidentNeighbourhood stored, IReadOnlySet<EventKey> removed, IReadOnlyList<KeyedEvent> added)
    {
        var addedKeys = added.Select(a => a.Key).ToHashSet();
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in removed)
        {
            if (stored.ClusterOf(key) is { } id)
            {
                touched.Add(id);
            }
        }

        foreach (var (_, e) in added)
        {
            if (e.EventDate is not { } date)
            {
                continue;
            }

            var window = DedupOptions.MaxDateToleranceDays;
            foreach (var candidate in stored.Candidates(e, date.AddDays(-window), date.AddDays(window)))
            {
                if (!removed.Contains(candidate.Key) && !addedKeys.Contains(candidate.Key)
                    && _matcher.SameIncident(e, candidate.Event) && stored.ClusterOf(candidate.Key) is { } id)
                {
                    touched.Add(id);
                }
            }
        }

        // The touched clusters plus the new events are closed under "same incident": an old event
        // linked to a touched member was already in its cluster, and a new event's links were just looked up.
        var pool = touched.SelectMany(stored.Members).Where(m => !removed.Contains(m.Key) && !addedKeys.Contains(m.Key)).Concat(added);
        return new ClusterChange([.. touched], Cluster(pool));
    }
}
