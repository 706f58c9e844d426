using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Demonyms of <c>data/countries.tsv</c> (المالي، burkinabè, Nigerian), matched as evidence of an article's country.</summary>
internal static class Demonyms
{
    private static readonly string[] Columns = ["demonyms_ar", "demonyms_fr", "demonyms_en"];

    public static PhraseMatcher<string> Load(ResourceStore resources) =>
        new(Countries.Read(resources).Rows.SelectMany(row => Columns.SelectMany(row.List).Select(demonym => (demonym, row["iso2"]))));

    /// <summary>From <c>geo/confusable_demonyms.tsv</c>: the country a demonym's spelling belongs to → the one it may stand for.</summary>
    public static ImmutableDictionary<string, string> Confusable(ResourceStore resources) =>
        TsvTable.Read(resources, "geo/confusable_demonyms.tsv", "written", "meant").Rows.ToImmutableDictionary(row => row["written"], row => row["meant"], StringComparer.Ordinal);
}
