using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Named areas with no single point (<c>data/geo/areas.tsv</c>): shared lakes and rivers, forests, the border triangle.</summary>
internal static class Areas
{
    public static void Add(GazetteerBuilder builder, ResourceStore resources)
    {
        foreach (var row in TsvTable.Read(resources, "geo/areas.tsv", "id", "kind", "countries", "admin1", "names_ar", "names_fr", "names_en").Rows)
        {
            var id = row["id"];
            var countries = row.List("countries");
            if (!id.StartsWith("area:", StringComparison.Ordinal) || countries.Count == 0 || countries.Any(c => c.Length != 2))
            {
                throw row.Fail("an area needs an area: id and ISO2 countries");
            }

            var english = row.List("names_en");
            var feature = row["kind"].ToUpperInvariant();
            var entry = new GazetteerEntry
            {
                Id = id,
                Name = english.Count > 0 ? english[0] : id,
                Location = english.Count > 0 ? english[0] : id,
                CountryCode = countries[0],
                Countries = [.. countries],
                FeatureCode = feature,
                Kind = PlaceKinds.Of(feature),
                Admin1Code = row.Optional("admin1"),
            };
            builder.Add(entry, [.. row.List("names_fr"), .. english], row.List("names_ar"));
        }
    }
}
