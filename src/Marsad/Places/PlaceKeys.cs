namespace Marsad.Places;

/// <summary>
/// The look-up keys of a place's Latin names as <c>geo/places.tsv</c> stores them (columns <c>keys</c> and
/// <c>phonemes</c>), computed once by <c>tools/Marsad.GazetteerBuild</c> so that loading folds nothing.
/// </summary>
internal static class PlaceKeys
{
    /// <summary>
    /// The distinct compact keys (see <see cref="NameKeys"/>) of the name, the ACLED spelling and the other Latin
    /// names, in that order; an admin unit's also without its unit word ("Douentza Cercle" is Douentza too), a
    /// populated place's without its quarter word ("Ogassagou-Peulh" is Ogassagou too).
    /// </summary>
    public static string[] Latin(string name, string location, IEnumerable<string> alternates, PlaceKind kind, AdminAffixes affixes)
    {
        List<string> names = [name, location, .. alternates.Where(a => a.Length > 0)];
        if (kind.IsAdmin())
        {
            names.AddRange([.. names.Select(affixes.Strip).OfType<string>()]);
        }
        else if (kind.IsPopulated())
        {
            names.AddRange([.. names.Select(affixes.StripQuarter).OfType<string>()]);
        }

        return LatinNames.Keys(names);
    }

    /// <summary>
    /// The <c>keys</c> and <c>phonemes</c> cells of a <c>places.tsv</c> line (tab between them) from its <c>name</c>,
    /// <c>ascii</c> (empty when the name is already ASCII), <c>feature</c> and <c>names_latin</c> cells.
    /// </summary>
    public static string Cells(string name, string ascii, string feature, IEnumerable<string> latin, AdminAffixes affixes)
    {
        var keys = Latin(name, ascii.Length == 0 ? name : ascii, latin, PlaceKinds.Of(feature), affixes);
        return string.Join('|', keys) + "\t" + string.Join('|', keys.Select(Phonemes));
    }

    /// <summary>The phonemes a key is compared by (see <see cref="Phonetics.FromLatin(ReadOnlySpan{char})"/>); none for a key too short to sound like anything.</summary>
    public static string Phonemes(string key) => key.Length < MinLength ? "" : Phonetics.FromLatin(key);

    /// <summary>Keys shorter than this are not looked up (a letter is not a place).</summary>
    public const int MinLength = 2;
}
