using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Named areas with no single point (<c>data/geo/areas.tsv</c>): shared lakes and rivers, forests, the border triangle.</summary>
internal static class Areas
{
    public static void Add(GazetteerBuilder builder, ResourceStore resources, List<string> problems)
    {
        foreach (var row in TsvRows.Read(resources, "geo/areas.tsv", ["id", "kind", "countries", "admin1", "names_ar", "names_fr", "names_en"], problems))
        {
            var countries = Countries.Split(row[2]);
            if (!row[0].StartsWith("area:", StringComparison.Ordinal) || countries.Length == 0 || countries.Any(c => c.Length != 2))
            {
                problems.Add($"{row.Origin}: an area needs an area: id and ISO2 countries");
                continue;
            }

            var latin = Countries.Split(row[5]).Concat(Countries.Split(row[6])).ToList();
            var entry = new GazetteerEntry
            {
                Id = row[0],
                Name = latin.Count > 0 ? latin[^1] : row[0],
                Location = Countries.Split(row[6]).FirstOrDefault() ?? row[0],
                CountryCode = countries[0],
                Countries = [.. countries],
                FeatureCode = row[1].ToUpperInvariant(),
                Kind = PlaceKinds.Of(row[1].ToUpperInvariant()),
                Admin1Code = row.Optional(3),
            };
            builder.Add(entry, latin, Countries.Split(row[4]));
        }
    }
}
