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
    private readonly Derivations<Snapshot> _derived;

    private Snapshot(ImmutableArray<EventCluster> clusters)
    {
        _derived = new(this);
        Clusters = clusters;
        _positions = clusters.Select((c, i) => KeyValuePair.Create(c.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
        All = [.. Enumerable.Range(0, clusters.Length)];
    }

    public ImmutableArray<EventCluster> Clusters { get; }

    /// <summary>The positions of every incident, for the unfiltered selection.</summary>
    public int[] All { get; }

    public static Snapshot Load(MarsadStore store) => new([.. store.Clusters(EventFilter.All)]);

    /// <summary>Something computed once from the whole snapshot, kept as long as the snapshot.</summary>
    public T Derived<T>(string name, Func<Snapshot, T> compute)
        where T : class => _derived.Get(name, compute);

    public EventCluster? Find(string id) => _positions.TryGetValue(id, out var i) ? Clusters[i] : null;

    /// <summary>The positions of <paramref name="ids"/>, skipping any this snapshot does not hold.</summary>
    public int[] Positions(IEnumerable<string> ids) => [.. ids.Select(id => _positions.GetValueOrDefault(id, -1)).Where(i => i >= 0)];
}
