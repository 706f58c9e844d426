using System.Globalization;

namespace Marsad.GazetteerBuild;

/// <summary>
/// Reads a Who's On First extract: its Arabic, French and English names go to the GeoNames
/// place with the same id; its localities and admin units that GeoNames lacks here (Chad,
/// Nigeria, Algeria and Libya have no GeoNames dump) become places of their own.
/// </summary>
internal sealed class WofSource(Dictionary<long, string> admin1ByGeonameId, Dictionary<long, string> admin2ByGeonameId, HashSet<long> filteredOut)
{
    private static readonly Dictionary<string, string> FeatureOfPlacetype = new()
    {
        ["locality"] = "PPL",
        ["neighbourhood"] = "PPLX",
        ["localadmin"] = "ADM3",
        ["county"] = "ADM2",
        ["region"] = "ADM1",
    };

    public void Read(string path, Dictionary<long, SourcePlace> places)
    {
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 19).ToList();
        var byWof = rows.ToDictionary(f => f[0]);
        foreach (var f in rows)
        {
            if (f[17] == "0" || !FeatureOfPlacetype.TryGetValue(f[1], out var feature))
            {
                continue;
            }

            long? geonameId = long.TryParse(f[9], CultureInfo.InvariantCulture, out var gn) ? gn : null;
            if (geonameId is { } known && filteredOut.Contains(known))
            {
                continue; // GeoNames says it is a feature kind we do not ship
            }

            var key = geonameId ?? -long.Parse(f[0], CultureInfo.InvariantCulture);
            if (!places.TryGetValue(key, out var place))
            {
                place = new SourcePlace
                {
                    GeonameId = geonameId,
                    Name = f[2],
                    Ascii = Ascii.Of(f[2]),
                    Country = f[3],
                    Feature = feature,
                    Latitude = double.Parse(f[4], CultureInfo.InvariantCulture),
                    Longitude = double.Parse(f[5], CultureInfo.InvariantCulture),
                    Admin1 = AdminCode(feature == "ADM1" ? f : byWof.GetValueOrDefault(f[6]), admin1ByGeonameId),
                    Admin2 = AdminCode(feature == "ADM2" ? f : byWof.GetValueOrDefault(f[7]), admin2ByGeonameId),
                };
                places[key] = place;
            }

            place.WofId ??= long.Parse(f[0], CultureInfo.InvariantCulture);
            place.Latin.Add(f[2]);
            AddAll(place.Latin, NameFilters.IsLatinName, f[13], f[14], f[15], f[16]);
            AddAll(place.Arabic, NameFilters.IsArabicName, f[11], f[12]);
        }
    }

    private static void AddAll(NameSet names, Func<string, bool> accept, params string[] fields)
    {
        foreach (var field in fields)
        {
            foreach (var name in field.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var clean = NameFilters.Clean(name);
                if (accept(clean))
                {
                    names.Add(clean);
                }
            }
        }
    }

    private static string AdminCode(string[]? unit, Dictionary<long, string> codeByGeonameId) =>
        unit is not null && long.TryParse(unit[9], CultureInfo.InvariantCulture, out var gn) && codeByGeonameId.TryGetValue(gn, out var code)
            ? code
            : "";
}
