using Marsad.Resources;

namespace Marsad.Places;

/// <summary>
/// Loads <c>data/geo/*</c> and <c>data/countries.tsv</c> into a <see cref="Gazetteer"/>.
/// A malformed line is refused as <c>file:line: problem</c> (<see cref="ResourceFormatException"/>).
/// </summary>
internal static class GazetteerLoader
{
    public static Gazetteer Load(ResourceStore resources, PlaceLexicon lexicon)
    {
        var affixes = AdminAffixes.Load(resources);
        var builder = new GazetteerBuilder(affixes, lexicon.ArabicCueWords, NotPlaces(resources));
        builder.AddPlaces(PlacesFile.Read(resources));

        Countries.Add(builder, resources);
        Areas.Add(builder, resources);
        Aliases.Add(builder, resources);
        var admin1 = AdminUnits.Admin1(resources, affixes);
        var admin2 = AdminUnits.Admin2(resources, affixes);
        return builder.Build(admin1, admin2);
    }

    private static Dictionary<string, NameNeeds> NotPlaces(ResourceStore resources)
    {
        var words = new Dictionary<string, NameNeeds>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(resources, "geo/not_places.tsv", "word", "needs", "note").Rows)
        {
            if (!words.TryAdd(NameKeys.Compact(row["word"]), Aliases.Needs(row)))
            {
                throw row.Fail($"'{row["word"]}' is listed twice (after folding)");
            }
        }

        return words;
    }
}
