namespace Marsad.Places;

/// <summary>Compact keys of names (see <see cref="NameKeys"/>), the only strings a place's Latin names leave in the gazetteer.</summary>
internal static class LatinNames
{
    /// <summary>The distinct keys of <paramref name="names"/>, in order.</summary>
    public static string[] Keys(IEnumerable<string> names)
    {
        var keys = new List<string>(4);
        foreach (var name in names)
        {
            var key = NameKeys.Compact(name);
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return [.. keys];
    }
}
