using System.Globalization;
using Marsad.Resources;

namespace Marsad.Places;

/// <summary>
/// Loads <c>data/geo/*</c> and <c>data/countries.tsv</c> into a <see cref="Gazetteer"/>.
/// Every malformed line is collected as <c>file:line: problem</c> for the caller to refuse.
/// </summary>
internal static class GazetteerLoader
{
    private static readonly string[] PlaceColumns =
        ["id", "name", "ascii", "country", "feature", "lat", "lon", "population", "notable", "admin1", "admin2", "names_latin", "names_ar"];

    public static Gazetteer Load(ResourceStore resources, PlaceLexicon lexicon, List<string> problems)
    {
        var affixes = AdminAffixes.Load(resources, problems);
        var builder = new GazetteerBuilder(affixes, lexicon.ArabicCueWords, NotPlaces(resources, problems));
        foreach (var row in TsvRows.Read(resources, "geo/places.tsv", PlaceColumns, problems))
        {
            AddPlace(builder, row, problems);
        }

        Countries.Add(builder, resources, problems);
        Areas.Add(builder, resources, problems);
        Aliases.Add(builder, resources, problems);
        var admin1 = AdminUnits.Admin1(resources, affixes, problems);
        var admin2 = AdminUnits.Admin2(resources, affixes, problems);
        return builder.Build(admin1, admin2);
    }

    private static void AddPlace(GazetteerBuilder builder, TsvRow row, List<string> problems)
    {
        if (!double.TryParse(row[5], CultureInfo.InvariantCulture, out var lat) || !double.TryParse(row[6], CultureInfo.InvariantCulture, out var lon)
            || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            problems.Add($"{row.Origin}: bad coordinates '{row[5]}', '{row[6]}'");
            return;
        }

        long? geonameId = long.TryParse(row[0], CultureInfo.InvariantCulture, out var id) ? id : null;
        if (geonameId is null && !row[0].StartsWith("wof:", StringComparison.Ordinal))
        {
            problems.Add($"{row.Origin}: id '{row[0]}' is neither a GeoNames id nor wof:ID");
            return;
        }

        if (!long.TryParse(row[7], CultureInfo.InvariantCulture, out var population) || row[3].Length != 2)
        {
            problems.Add($"{row.Origin}: bad population or country");
            return;
        }

        var entry = new GazetteerEntry
        {
            Id = row[0],
            GeonameId = geonameId,
            Name = row[1],
            Location = row.Optional(2) ?? row[1],
            CountryCode = row[3],
            Countries = [row[3]],
            FeatureCode = row[4],
            Kind = PlaceKinds.Of(row[4]),
            Latitude = lat,
            Longitude = lon,
            Population = population,
            Notable = row[8] == "1",
            Admin1Code = row.Optional(9),
            Admin2Code = row.Optional(10),
        };
        var latin = row[11].Length > 0 ? row[11].Split('|') : [];
        var arabic = row[12].Length > 0 ? row[12].Split('|') : [];
        builder.Add(entry, [entry.Name, entry.Location, .. latin], arabic, gazetteerNames: true);
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
