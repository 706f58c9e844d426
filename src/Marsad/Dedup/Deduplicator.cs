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
        return Cluster(list, Enumerable.Repeat(Loose, list.Count).ToArray());
    }

    // An event no stored cluster vouches for: it is compared with every other.
    private const int Loose = -1;

    /// <summary>
    /// Clusters <paramref name="list"/>, where <paramref name="formed"/> gives each event the stored cluster it
    /// comes from whole (its index among them), or <see cref="Loose"/>. A formed cluster is already connected,
    /// and two formed clusters share no link (else they would be one), so only pairs with a loose event are
    /// compared: adding a report to a story with hundreds of sources costs hundreds of comparisons, not their square.
    /// </summary>
    private ImmutableArray<EventCluster> Cluster(List<KeyedEvent> list, int[] formed)
    {
        var groups = new DisjointSets(list.Count);
        var firstOfFormed = new Dictionary<int, int>();
        for (var i = 0; i < list.Count; i++)
        {
            if (formed[i] != Loose)
            {
                groups.Union(firstOfFormed.TryAdd(formed[i], i) ? i : firstOfFormed[formed[i]], i);
            }
        }

        foreach (var block in list.Select((e, i) => (e.Event, Index: i)).Where(x => x.Event.EventDate is not null).GroupBy(x => x.Event.EventType))
        {
            // Sorted by date, a report only needs comparing with the ones dated within the widest tolerance after it.
            var byDate = block.OrderBy(x => x.Event.EventDate!.Value.DayNumber).ToList();
            for (var i = 0; i < byDate.Count; i++)
            {
                var last = byDate[i].Event.EventDate!.Value.DayNumber + DedupOptions.MaxDateToleranceDays;
                for (var j = i + 1; j < byDate.Count && byDate[j].Event.EventDate!.Value.DayNumber <= last; j++)
                {
                    if ((formed[byDate[i].Index] == Loose || formed[byDate[j].Index] == Loose)
                        && _matcher.SameIncident(byDate[i].Event, byDate[j].Event))
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
        // A cluster that loses a member may fall apart, so its other members are loose again.
        var pool = new List<KeyedEvent>();
        var formed = new List<int>();
        foreach (var (members, index) in touched.Select((id, index) => (stored.Members(id).ToList(), index)))
        {
            var kept = members.Where(m => !removed.Contains(m.Key) && !addedKeys.Contains(m.Key)).ToList();
            pool.AddRange(kept);
            formed.AddRange(kept.Select(_ => kept.Count == members.Count ? index : Loose));
        }

        pool.AddRange(added);
        formed.AddRange(added.Select(_ => Loose));
        return new ClusterChange([.. touched], Cluster(pool, [.. formed]));
    }
}
