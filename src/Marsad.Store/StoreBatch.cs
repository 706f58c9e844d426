namespace Marsad.Store;

/// <summary>An open batch of saves (see <see cref="MarsadStore.BeginBatch"/>): committed by <see cref="Commit"/>, rolled back if disposed first.</summary>
public sealed class StoreBatch : IDisposable
{
    private MarsadStore? _store;

    internal StoreBatch(MarsadStore store) => _store = store;

    public void Commit()
    {
        _store?.EndBatch(commit: true);
        _store = null;
    }

    public void Dispose()
    {
        _store?.EndBatch(commit: false);
        _store = null;
    }
}
