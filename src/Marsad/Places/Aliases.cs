using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Curated names for gazetteer places (<c>data/geo/aliases.tsv</c>).</summary>
internal static class Aliases
{
    public static void Add(GazetteerBuilder builder, ResourceStore resources, List<string> problems)
    {
        foreach (var row in TsvRows.Read(resources, "geo/aliases.tsv", ["id", "alias", "needs", "note"], problems))
        {
            if (builder.Find(row[0]) is not { } entry)
            {
                problems.Add($"{row.Origin}: no place with id {row[0]}");
            }
            else if (ParseNeeds(row[2]) is not { } needs)
            {
                problems.Add($"{row.Origin}: needs '{row[2]}' is not empty, cue or cue+country");
            }
            else
            {
                builder.AddAlias(entry, row[1], needs);
            }
        }
    }

    public static NameNeeds? ParseNeeds(string value) => value switch
    {
        "" => NameNeeds.Nothing,
        "cue" => NameNeeds.Cue,
        "cue+country" => NameNeeds.CueAndCountry,
        "never" => NameNeeds.Never,
        _ => null,
    };
}
