using Marsad.Resources;

namespace Marsad.Places;

/// <summary>
/// Loads <c>data/geo/*</c> and <c>data/countries.tsv</c> into a <see cref="Gazetteer"/>.
/// Every malformed line is collected as <c>file:line: problem</c> for the caller to refuse.
/// </summary>
internal static class GazetteerLoader
{
    public static Gazetteer Load(ResourceStore resources, PlaceLexicon lexicon, List<string> problems)
    {
        var affixes = AdminAffixes.Load(resources, problems);
        var builder = new GazetteerBuilder(affixes, lexicon.ArabicCueWords, NotPlaces(resources, problems));
        foreach (var row in PlacesFile.Read(resources, affixes))
        {
            builder.Add(row.Entry, row.LatinKeys, row.Arabic, gazetteerNames: true);
        }

        Countries.Add(builder, resources, problems);
        Areas.Add(builder, resources, problems);
        Aliases.Add(builder, resources, problems);
        var admin1 = AdminUnits.Admin1(resources, affixes, problems);
        var admin2 = AdminUnits.Admin2(resources, affixes, problems);
        return builder.Build(admin1, admin2);
    }

    private static Dictionary<string, NameNeeds> NotPlaces(ResourceStore resources, List<string> problems)
    {
        var words = new Dictionary<string, NameNeeds>(StringComparer.Ordinal);
        foreach (var row in TsvRows.Read(resources, "geo/not_places.tsv", ["word", "needs", "note"], problems))
        {
            if (Aliases.ParseNeeds(row[1]) is { } needs)
            {
                words[NameKeys.Compact(row[0])] = needs;
            }
            else
            {
                problems.Add($"{row.Origin}: needs '{row[1]}' is not empty, cue, cue+country or never");
            }
        }

        return words;
    }
}
