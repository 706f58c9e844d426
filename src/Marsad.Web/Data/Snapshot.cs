using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Dedup;
using Marsad.Store;

namespace Marsad.Web.Data;

/// <summary>
/// Every incident of the store at one moment, in date order, held in memory so the map, timeline
/// and table read them without going back to the database; the store decides which ones a filter
/// selects (<see cref="Dataset.Select"/>).
/// </summary>
internal sealed class Snapshot
{
    private readonly FrozenDictionary<string, int> _positions;
    private readonly ConcurrentDictionary<Type, object> _derived = new();

    private Snapshot(ImmutableArray<EventCluster> clusters)
    {
        Clusters = clusters;
        _positions = clusters.Select((c, i) => KeyValuePair.Create(c.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
        All = [.. Enumerable.Range(0, clusters.Length)];
    }

    public ImmutableArray<EventCluster> Clusters { get; }

    /// <summary>The positions of every incident, for the unfiltered selection.</summary>
    public int[] All { get; }

    public static Snapshot Load(MarsadStore store) => new([.. store.Clusters(EventFilter.All)]);

    /// <summary>Something computed once from the whole snapshot (one per result type), kept as long as the snapshot.</summary>
    public T Derived<T>(Func<Snapshot, T> compute)
        where T : class => (T)_derived.GetOrAdd(typeof(T), _ => compute(this));

    public EventCluster? Find(string id) => _positions.TryGetValue(id, out var i) ? Clusters[i] : null;

    /// <summary>The positions of <paramref name="ids"/>, skipping any this snapshot does not hold.</summary>
    public int[] Positions(IEnumerable<string> ids) => [.. ids.Select(id => _positions.GetValueOrDefault(id, -1)).Where(i => i >= 0)];
}
