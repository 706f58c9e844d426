using Marsad.Lexicon;
using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Demonyms of <c>data/countries.tsv</c> (المالي، burkinabè, Nigerian), matched as evidence of an article's country.</summary>
internal static class Demonyms
{
    private static readonly string[] Columns = ["demonyms_ar", "demonyms_fr", "demonyms_en"];

    public static PhraseMatcher<string> Load(ResourceStore resources) =>
        new(Countries.Read(resources).Rows.SelectMany(row => Columns.SelectMany(row.List).Select(demonym => (demonym, row["iso2"]))));
}
