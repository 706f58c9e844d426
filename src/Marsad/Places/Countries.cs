using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Countries as gazetteer entries (<c>country:ML</c>), from <c>data/countries.tsv</c>.</summary>
internal static class Countries
{
    public static readonly string[] Columns = ["iso2", "name", "names_ar", "names_fr", "names_en", "demonyms_ar", "demonyms_fr", "demonyms_en"];

    public static void Add(GazetteerBuilder builder, ResourceStore resources, List<string> problems)
    {
        foreach (var row in TsvRows.Read(resources, "countries.tsv", Columns, problems))
        {
            var entry = new GazetteerEntry
            {
                Id = "country:" + row[0],
                Name = row[1],
                Location = row[1],
                CountryCode = row[0],
                Countries = [row[0]],
                FeatureCode = "PCLI",
                Kind = PlaceKind.Country,
            };
            builder.Add(entry, [row[1], .. Split(row[3]), .. Split(row[4])], Split(row[2]));
        }
    }

    public static string[] Split(string field) => field.Length > 0 ? field.Split('|') : [];
}
