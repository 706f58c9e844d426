using System.Collections.Concurrent;

namespace Marsad.Web.Data;

/// <summary>What is computed once from one owner (a snapshot, a selection), by name, and kept as long as it.</summary>
internal sealed class Derivations<TOwner>(TOwner owner)
{
    private readonly ConcurrentDictionary<string, object> _values = new(StringComparer.Ordinal);

    public T Get<T>(string name, Func<TOwner, T> compute)
        where T : class => (T)_values.GetOrAdd(name, _ => compute(owner));
}
