using Marsad.Dedup;
using Marsad.Store;

namespace Marsad.Web.Data;

/// <summary>
/// The store behind the page: one connection, used by one request at a time, and a snapshot of
/// its incidents that is read again whenever another process (an ingest) has committed.
/// </summary>
internal sealed class Dataset(MarsadStore store) : IDisposable
{
    // The page asks for the map, timeline and table of the same filter at once; a few brushes back
    // and forth reuse what was selected before.
    private const int RememberedSelections = 32;

    private readonly Lock _gate = new();
    private readonly Dictionary<EventFilter, Selection> _selections = [];
    private Snapshot? _snapshot;
    private long _version;

    /// <summary>The incidents as they are now.</summary>
    public Snapshot Current()
    {
        lock (_gate)
        {
            return Fresh();
        }
    }

    /// <summary>
    /// The incidents matching <paramref name="filter"/>, in date order, as the store's own filtering
    /// selects them; the same selection (with what was derived from it) until the store changes.
    /// </summary>
    public Selection Select(EventFilter filter)
    {
        lock (_gate)
        {
            var snapshot = Fresh();
            if (!_selections.TryGetValue(filter, out var selection))
            {
                selection = new Selection(snapshot, filter == EventFilter.All ? snapshot.All : snapshot.Positions(store.ClusterIds(filter)));
                if (_selections.Count >= RememberedSelections)
                {
                    _selections.Clear();
                }

                _selections[filter] = selection;
            }

            return selection;
        }
    }

    /// <summary>Runs a look-up on the store, alone.</summary>
    public T Read<T>(Func<MarsadStore, T> read)
    {
        lock (_gate)
        {
            return read(store);
        }
    }

    public void Dispose() => store.Dispose();

    private Snapshot Fresh()
    {
        var version = store.DataVersion();
        if (_snapshot is null || version != _version)
        {
            _snapshot = Snapshot.Load(store);
            _version = version;
            _selections.Clear();
        }

        return _snapshot;
    }
}

/// <summary>Some incidents of a snapshot, by position, in date order.</summary>
internal sealed class Selection
{
    private readonly Snapshot _snapshot;
    private readonly int[] _positions;
    private readonly Derivations<Selection> _derived;

    public Selection(Snapshot snapshot, int[] positions)
    {
        _snapshot = snapshot;
        _positions = positions;
        _derived = new(this);
    }

    public int Count => _positions.Length;

    public IEnumerable<EventCluster> Clusters => _positions.Select(i => _snapshot.Clusters[i]);

    /// <summary>Something computed once from the selection, kept as long as it.</summary>
    public T Derived<T>(string name, Func<Selection, T> compute)
        where T : class => _derived.Get(name, compute);
}
