using Marsad.Lexicon;
using Marsad.Resources;

namespace Marsad.Places;

/// <summary>Demonyms of <c>data/countries.tsv</c> (المالي، burkinabè, Nigerian), matched as evidence of an article's country.</summary>
internal static class Demonyms
{
    public static PhraseMatcher<string> Load(ResourceStore resources, List<string> problems)
    {
        var entries = new List<(string, string)>();
        foreach (var row in TsvRows.Read(resources, "countries.tsv", Countries.Columns, problems))
        {
            foreach (var demonym in Countries.Split(row[5]).Concat(Countries.Split(row[6])).Concat(Countries.Split(row[7])))
            {
                entries.Add((demonym, row[0]));
            }
        }

        return new PhraseMatcher<string>(entries);
    }
}
