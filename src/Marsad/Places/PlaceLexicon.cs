using System.Globalization;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>What a word around a place name does (see <c>data/geo/cues.tsv</c>).</summary>
internal enum CueRole
{
    Cue,
    CueAfter,
    Apposition,
    Relation,
    Direction,
    Unit,
    Number,
    Approx,
    From,
    Preposition,
}

/// <summary>A word of the place lexicon: its role, and the cue, relation, direction or number it stands for.</summary>
/// <param name="Role">What the word does.</param>
/// <param name="Cue">The kind of place a place word announces.</param>
/// <param name="Relation">How the event relates to the place a relation word introduces.</param>
/// <param name="Direction">The compass direction of a direction word.</param>
/// <param name="Number">A unit's kilometres or a number word's value.</param>
/// <param name="List">For a plural or dual place word (قرى، « villages de », "the towns of"): every name of the list after it is such a place;
/// after the list ("X and Y villages"), every name of the list before it.</param>
internal readonly record struct CueWord(CueRole Role, PlaceCue Cue, PlaceRelation Relation, string? Direction, double Number, bool List = false);

/// <summary>The words around place names, matched in one pass over a document's tokens.</summary>
internal sealed class PlaceLexicon
{
    private PlaceLexicon(PhraseMatcher<CueWord> matcher, HashSet<string> arabicCueWords)
    {
        Matcher = matcher;
        ArabicCueWords = arabicCueWords;
    }

    public PhraseMatcher<CueWord> Matcher { get; }

    /// <summary>Folded one-word Arabic cues, with and without ال: stripped from gazetteer names ("منطقة غاو").</summary>
    public HashSet<string> ArabicCueWords { get; }

    public static PlaceLexicon Load(ResourceStore resources)
    {
        var entries = new List<(string, CueWord)>();
        var arabicCues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(resources, "geo/cues.tsv", "phrase", "kind", "value").Rows)
        {
            var word = Parse(row.Optional("kind") ?? "", row.Optional("value") ?? "")
                       ?? throw row.Fail($"kind '{row.Optional("kind")}' with value '{row.Optional("value")}' is not a known cue, relation, direction, unit or number");
            var phrase = row["phrase"];
            entries.Add((phrase, word));
            var folded = CharFolding.Fold(phrase);
            if (word.Role == CueRole.Cue && !folded.Contains(' ') && NameKeys.IsArabic(folded))
            {
                arabicCues.Add(folded);
                arabicCues.Add(folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : "ال" + folded);
            }
        }

        return new PlaceLexicon(new PhraseMatcher<CueWord>(entries), arabicCues);
    }

    private static CueWord? Parse(string kind, string value) =>
        kind switch
        {
            "cue" when Enum.TryParse<PlaceCue>(value, ignoreCase: true, out var cue) => new CueWord(CueRole.Cue, cue, default, null, 0),
            "cue_list" when Enum.TryParse<PlaceCue>(value, ignoreCase: true, out var cue) => new CueWord(CueRole.Cue, cue, default, null, 0, List: true),
            "cue_after" when Enum.TryParse<PlaceCue>(value, ignoreCase: true, out var cue) => new CueWord(CueRole.CueAfter, cue, default, null, 0),
            "cue_list_after" when Enum.TryParse<PlaceCue>(value, ignoreCase: true, out var cue) => new CueWord(CueRole.CueAfter, cue, default, null, 0, List: true),
            "apposition" when Enum.TryParse<PlaceCue>(value, ignoreCase: true, out var cue) => new CueWord(CueRole.Apposition, cue, default, null, 0),
            "relation" when Enum.TryParse<PlaceRelation>(value, ignoreCase: true, out var relation) => new CueWord(CueRole.Relation, default, relation, null, 0),
            "direction" when value is "N" or "NE" or "E" or "SE" or "S" or "SW" or "W" or "NW" or "C" => new CueWord(CueRole.Direction, default, PlaceRelation.Direction, value, 0),
            "unit" when double.TryParse(value, CultureInfo.InvariantCulture, out var km) => new CueWord(CueRole.Unit, default, default, null, km),
            "number" when double.TryParse(value, CultureInfo.InvariantCulture, out var n) => new CueWord(CueRole.Number, default, default, null, n),
            "approx" => new CueWord(CueRole.Approx, default, default, null, 0),
            "from" => new CueWord(CueRole.From, default, default, null, 0),
            "preposition" => new CueWord(CueRole.Preposition, default, default, null, 0),
            _ => null,
        };
}
