using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Curated names for gazetteer places (<c>data/geo/aliases.tsv</c>).</summary>
internal static class Aliases
{
    public static void Add(GazetteerBuilder builder, ResourceStore resources)
    {
        foreach (var row in TsvTable.Read(resources, "geo/aliases.tsv", "id", "alias", "needs", "note").Rows)
        {
            var entry = builder.Find(row["id"]) ?? throw row.Fail($"no place with id {row["id"]}");
            builder.AddAlias(entry, row["alias"], Needs(row));
        }
    }

    /// <summary>The <c>needs</c> cell: empty, <c>country</c>, <c>cue</c>, <c>cue+country</c> or <c>never</c>.</summary>
    public static NameNeeds Needs(TsvRow row) => row.Optional("needs") switch
    {
        null => NameNeeds.Nothing,
        "country" => NameNeeds.Country,
        "cue" => NameNeeds.Cue,
        "cue+country" => NameNeeds.CueAndCountry,
        "never" => NameNeeds.Never,
        var other => throw row.Fail($"needs '{other}' is not empty, country, cue, cue+country or never"),
    };
}
