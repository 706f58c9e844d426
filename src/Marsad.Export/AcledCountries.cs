using System.Globalization;
using Marsad.Resources;

namespace Marsad.Export;

/// <summary>A country's ACLED columns: ISO codes and ACLED region.</summary>
internal sealed record AcledCountry(string Name, string Iso3, int IsoNumeric, string Region);

/// <summary>Country name → ACLED's iso and region columns, from <c>data/acled_countries.tsv</c>.</summary>
internal static class AcledCountries
{
    private const string File = "acled_countries.tsv";

    private static readonly Dictionary<string, AcledCountry> ByName = Load(ResourceStore.Embedded);

    public static AcledCountry? Find(string? name) => name is not null && ByName.TryGetValue(name.Trim(), out var country) ? country : null;

    private static Dictionary<string, AcledCountry> Load(ResourceStore resources)
    {
        var countries = new Dictionary<string, AcledCountry>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        foreach (var line in resources.ReadLines(File))
        {
            number++;
            if (line.StartsWith('#') || line.StartsWith("name\t", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4 || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var numeric))
            {
                throw new FormatException($"{resources.Describe(File)}:{number}: expected name, iso3, iso_numeric, region");
            }

            countries[fields[0]] = new AcledCountry(fields[0], fields[1], numeric, fields[3]);
        }

        return countries;
    }
}
