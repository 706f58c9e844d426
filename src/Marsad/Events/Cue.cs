using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>Kinds of cue that change what a trigger near them means (see <c>data/lexicon/ar/cues.tsv</c>).</summary>
public enum CueKind
{
    Threat,
    Hypothetical,
    Rumor,
    Unreal,
    Claim,
    Attribution,
    Agent,
    Presence,
    Aggregate,

    /// <summary>A verb of trend or of witnessing (تصاعد، شهدت، « se multiplient »): it tallies the plural event nouns after it, not one attack.</summary>
    Trend,

    NewIncident,

    /// <summary>"N days after a …" (« deux jours après une embuscade », بعد أيام من هجوم): the event noun after it, told indefinitely, is an earlier incident of its own.</summary>
    Sequel,
    Source,
    Negation,
    General,
    Ransom,
    Subset,
    Ranks,
    Report,
    Destination,
    Support,

    /// <summary>What follows is denied: it did not happen ("denied that jihadists had overrun the base").</summary>
    Denial,

    /// <summary>A word of age before a figure (البالغ من العمر، « âgé de », aged): the years after it are an age.</summary>
    Age,

    /// <summary>A running total (ليرتفع عدد القتلى إلى، « portant le bilan à », "bringing the toll to"): the figure after it adds earlier incidents.</summary>
    RunningTotal,

    /// <summary>
    /// An earlier or revised toll (حصيلة سابقة، الحصيلة الأولية، « un précédent bilan »): the deaths told with it are those of
    /// the incident the news is about, told again, even in the pluperfect.
    /// </summary>
    TollRevised,

    /// <summary>
    /// A toll given before the one the report now gives (« un précédent bilan », "an earlier toll", حصيلة سابقة): its figures
    /// are the incident's, superseded by any other count of it, and a day told with them dates that earlier report.
    /// </summary>
    TollEarlier,

    /// <summary>
    /// A toll that replaces an earlier one (« le bilan s'est alourdi à », « nouveau bilan », "the toll rose to", حصيلة جديدة):
    /// its figures supersede the other counts of the same people.
    /// </summary>
    TollUpdated,

    /// <summary>
    /// A verb that only says an event happened (« les faits se sont produits », « a eu lieu », "took place"): a sentence told
    /// with it and no new act dates and places the act told just before it.
    /// </summary>
    Occurrence,

    /// <summary>A word of sport (مباراة، mi-temps, penalty): a report full of them uses "attack" and "kill" figuratively.</summary>
    Sport,

    /// <summary>
    /// People named by an act (منفذو الهجوم، « les auteurs de l'attaque », "the coup leaders"): the event noun beside it refers to
    /// an incident, it does not report one.
    /// </summary>
    Perpetrators,

    /// <summary>A lasting state (ما زال، لا يزال، « toujours », still): control told as going on is no change of control.</summary>
    Continuing,

    /// <summary>
    /// A pointer to another article (اقرأ أيضا، « À lire aussi », "Read more"): the headline it opens, or the line after it when it
    /// stands alone, is that article's, not news this one tells.
    /// </summary>
    Elsewhere,
}

/// <summary>A cue in the text.</summary>
public sealed record CueMention(int FirstToken, int EndToken, TextSpan Span, CueKind Kind);

/// <summary>Finds modality and syntax cues (threats, rumours, claims, agents…) from the cue lexicons.</summary>
public sealed class CueRecognizer
{
    private readonly Dictionary<Language, PhraseMatcher<CueKind>> _matchers;

    private CueRecognizer(Dictionary<Language, PhraseMatcher<CueKind>> matchers) => _matchers = matchers;

    public static CueRecognizer Load(ResourceStore store)
    {
        var matchers = new Dictionary<Language, PhraseMatcher<CueKind>>();
        foreach (var (language, code) in new[] { (Language.Arabic, "ar"), (Language.French, "fr"), (Language.English, "en") })
        {
            var path = $"lexicon/{code}/cues.tsv";
            if (!store.Exists(path))
            {
                continue;
            }

            matchers[language] = new PhraseMatcher<CueKind>(TsvTable.Read(store, path, "phrase", "kind").Rows.Select(row =>
                (row["phrase"], Enum.TryParse<CueKind>(row["kind"].Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var kind)
                    ? kind
                    : throw row.Fail($"unknown cue kind '{row["kind"]}'"))));
        }

        return new CueRecognizer(matchers);
    }

    public ImmutableArray<CueMention> Recognize(TextDocument doc) =>
        _matchers.TryGetValue(doc.Language, out var matcher)
            ? [.. matcher.FindLongest(doc).Select(m => new CueMention(m.FirstToken, m.EndToken, doc.SpanOfFolded(m.NormStart, m.NormEnd), m.Payload))]
            : [];
}
