using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Countries as gazetteer entries (<c>country:ML</c>), from <c>data/countries.tsv</c>.</summary>
internal static class Countries
{
    public static TsvTable Read(ResourceStore resources) =>
        TsvTable.Read(resources, "countries.tsv", "iso2", "name", "names_ar", "names_fr", "names_en", "demonyms_ar", "demonyms_fr", "demonyms_en");

    public static void Add(GazetteerBuilder builder, ResourceStore resources)
    {
        foreach (var row in Read(resources).Rows)
        {
            var (code, name) = (row["iso2"], row["name"]);
            var entry = new GazetteerEntry
            {
                Id = "country:" + code,
                Name = name,
                Location = name,
                CountryCode = code,
                Countries = [code],
                FeatureCode = "PCLI",
                Kind = PlaceKind.Country,
            };
            builder.Add(entry, [name, .. row.List("names_fr"), .. row.List("names_en")], row.List("names_ar"));
        }
    }
}
