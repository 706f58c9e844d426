using System.Globalization;
using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Admin1 and admin2 units with the names ACLED gives them.</summary>
internal static class AdminUnits
{
    public static Dictionary<string, Admin1Unit> Admin1(ResourceStore resources, AdminAffixes affixes, List<string> problems)
    {
        var acled = TsvRows.Read(resources, "geo/admin1_acled.tsv", ["code", "acled"], problems).ToDictionary(r => r[0], r => r[1]);
        var units = new Dictionary<string, Admin1Unit>(StringComparer.Ordinal);
        foreach (var row in TsvRows.Read(resources, "geo/admin1.tsv", ["code", "name", "ascii", "geonameid", "capital_geonameid", "capital", "lat", "lon"], problems))
        {
            double? lat = double.TryParse(row[6], CultureInfo.InvariantCulture, out var la) ? la : null;
            double? lon = double.TryParse(row[7], CultureInfo.InvariantCulture, out var lo) ? lo : null;
            long? capital = long.TryParse(row[4], CultureInfo.InvariantCulture, out var id) ? id : null;
            units[row[0]] = new Admin1Unit(row[0], acled.GetValueOrDefault(row[0]) ?? affixes.Strip(row[2]) ?? row[2], row.Optional(5), capital, lat, lon);
        }

        return units;
    }

    /// <summary>Admin2 names as ACLED writes them: ASCII, without the unit word ("Province du Soum" → "Soum").</summary>
    public static Dictionary<string, string> Admin2(ResourceStore resources, AdminAffixes affixes, List<string> problems) =>
        TsvRows.Read(resources, "geo/admin2.tsv", ["code", "name", "ascii", "geonameid"], problems)
            .ToDictionary(r => r[0], r => affixes.Strip(r[2]) ?? r[2], StringComparer.Ordinal);
}
