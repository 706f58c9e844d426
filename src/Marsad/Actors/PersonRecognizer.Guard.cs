using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Actors;

public sealed partial class PersonRecognizer
{
    /// <summary>
    /// The Arabic words a name never takes in: <c>lexicon/ar/not_names.tsv</c> and the words of every other Arabic
    /// lexicon (actor nouns and aliases, triggers, cues, countries, common words the gazetteer has as places), less the
    /// names of <c>given_names.tsv</c>. A title followed by "تنظيم" or "أفريقيا" then names nobody.
    /// </summary>
    private static HashSet<string> NotNames(ResourceStore store, ActorCatalog actors, Dictionary<string, NameKind> names)
    {
        var phrases = new List<string>();
        phrases.AddRange(TsvTable.Read(store, "lexicon/ar/not_names.tsv", "word").Rows.Select(row => row["word"]));
        phrases.AddRange(TsvTable.Read(store, "lexicon/ar/actor_nouns.tsv", "form").Rows.Select(row => row["form"]));
        phrases.AddRange(TsvTable.Read(store, "lexicon/ar/person_cues.tsv", "phrase").Rows.Select(row => row["phrase"]));
        phrases.AddRange(TsvTable.Read(store, "lexicon/ar/relation_cues.tsv", "phrase").Rows.Select(row => row["phrase"]));
        phrases.AddRange(TsvTable.Read(store, "lexicon/ar/triggers.tsv", "form").Rows.SelectMany(row => row.List("forms").Prepend(row["form"])));
        phrases.AddRange(TsvTable.Read(store, "countries.tsv", "names_ar").Rows.SelectMany(row => row.List("names_ar")));
        phrases.AddRange(TsvTable.Read(store, "geo/not_places.tsv", "word").Rows.Select(row => row["word"]));
        phrases.AddRange(actors.Aliases.Select(a => a.Alias));
        return phrases.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Any(c => c is >= '\u0621' and <= '\u064A'))
            .Select(CharFolding.Fold)
            .Where(word => !names.ContainsKey(word))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A word that cannot be part of a name: listed as one, or a common word behind clitics (وكتائب، للأركان); a preposition
    /// on a definite noun (بالولاية) is never inside a name either, nor a lone letter. A listed name is always a name.
    /// </summary>
    private bool NotAName(TextDocument doc, int index)
    {
        var word = doc.TokenString(index);
        return !_names.ContainsKey(word) && (word.Length < 2 || _notNames.Contains(word) || doc.Readings(index).Any(r => r.Prefix.Length > 0 && !_names.ContainsKey(r.Stem)
            && (_notNames.Contains(r.Stem) || _stopwords.Contains(r.Stem) || r.Prefix.EndsWith("ال", StringComparison.Ordinal) && r.Prefix.Length > 2)));
    }
}
