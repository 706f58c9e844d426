using System.Globalization;

namespace Marsad.GazetteerBuild;

/// <summary>Reads GeoNames 19-column dumps into the merged place table, keyed by geonameid.</summary>
internal static class GeoNamesSource
{
    public static void Read(string path, HashSet<string> countries, Dictionary<long, SourcePlace> places)
    {
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 19 || !countries.Contains(f[8]) || !FeatureFilter.Keep(f[6], f[7]))
            {
                continue;
            }

            var id = long.Parse(f[0], CultureInfo.InvariantCulture);
            var row = new SourcePlace
            {
                GeonameId = id,
                Name = f[1],
                Ascii = f[2].Length > 0 ? f[2] : Ascii.Of(f[1]),
                Country = f[8],
                Feature = f[7],
                Latitude = double.Parse(f[4], CultureInfo.InvariantCulture),
                Longitude = double.Parse(f[5], CultureInfo.InvariantCulture),
                Population = f[14].Length > 0 ? long.Parse(f[14], CultureInfo.InvariantCulture) : 0,
                Admin1 = f[10].Length > 0 ? $"{f[8]}.{f[10]}" : "",
                Admin2 = f[10].Length > 0 && f[11].Length > 0 ? $"{f[8]}.{f[10]}.{f[11]}" : "",
                Modified = f[18],
            };

            if (places.TryGetValue(id, out var existing))
            {
                if (string.CompareOrdinal(row.Modified, existing.Modified) >= 0)
                {
                    CopyFacts(row, existing);
                }
            }
            else
            {
                existing = row;
                places[id] = row;
            }

            existing.Latin.Add(row.Name);
            existing.Latin.Add(row.Ascii);
            foreach (var alternate in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var name = NameFilters.Clean(alternate);
                if (NameFilters.IsLatinName(name))
                {
                    existing.Latin.Add(name);
                }
                else if (NameFilters.IsArabicName(name))
                {
                    existing.Arabic.Add(name);
                }
            }
        }
    }

    private static void CopyFacts(SourcePlace from, SourcePlace to)
    {
        to.Name = from.Name;
        to.Ascii = from.Ascii;
        to.Feature = from.Feature;
        to.Latitude = from.Latitude;
        to.Longitude = from.Longitude;
        to.Population = Math.Max(from.Population, to.Population);
        to.Admin1 = from.Admin1.Length > 0 ? from.Admin1 : to.Admin1;
        to.Admin2 = from.Admin2.Length > 0 ? from.Admin2 : to.Admin2;
        to.Modified = from.Modified;
    }
}
