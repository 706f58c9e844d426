using Marsad.Text;

namespace Marsad.GazetteerBuild;

/// <summary>
/// Names in first-seen order, one per folded form with spaces, hyphens and apostrophes removed,
/// so "Am Chidé", "Amchidé" and "amchide" are one name to the matcher.
/// </summary>
internal sealed class NameSet
{
    private readonly List<string> _names = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => _names;

    public void Add(string name)
    {
        var trimmed = name.Trim();
        var key = Key(trimmed);
        if (key.Length > 0 && _keys.Add(key))
        {
            _names.Add(trimmed);
        }
    }

    public void Exclude(string name) => _keys.Add(Key(name));

    public static string Key(string name) =>
        new([.. CharFolding.Fold(name).Where(c => c is not (' ' or '-' or '\'' or '.'))]);
}
