using System.Globalization;
using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Admin1 and admin2 units with the names ACLED gives them.</summary>
internal static class AdminUnits
{
    public static Dictionary<string, Admin1Unit> Admin1(ResourceStore resources, AdminAffixes affixes)
    {
        var acled = TsvTable.Read(resources, "geo/admin1_acled.tsv", "code", "acled").Rows.ToDictionary(r => r["code"], r => r["acled"]);
        var units = new Dictionary<string, Admin1Unit>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(resources, "geo/admin1.tsv", "code", "name", "ascii", "geonameid", "capital_geonameid", "capital", "lat", "lon").Rows)
        {
            var code = row["code"];
            units[code] = new Admin1Unit(
                code,
                acled.GetValueOrDefault(code) ?? affixes.Strip(row["ascii"]) ?? row["ascii"],
                row.Optional("capital"),
                Number(row, "capital_geonameid", long.Parse),
                Number(row, "lat", double.Parse),
                Number(row, "lon", double.Parse));
        }

        return units;
    }

    /// <summary>Admin2 names as ACLED writes them: ASCII, without the unit word ("Province du Soum" → "Soum").</summary>
    public static Dictionary<string, string> Admin2(ResourceStore resources, AdminAffixes affixes) =>
        TsvTable.Read(resources, "geo/admin2.tsv", "code", "name", "ascii", "geonameid").Rows
            .ToDictionary(r => r["code"], r => affixes.Strip(r["ascii"]) ?? r["ascii"], StringComparer.Ordinal);

    private static T? Number<T>(TsvRow row, string column, Func<string, IFormatProvider, T> parse)
        where T : struct
    {
        if (row.Optional(column) is not { } cell)
        {
            return null;
        }

        try
        {
            return parse(cell, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw row.Fail($"'{column}' is not a number: {cell}");
        }
    }
}
