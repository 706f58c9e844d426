using System.Collections.Frozen;
using System.Globalization;
using Marsad.Resources;

namespace Marsad.Events.Assembly;

/// <summary>
/// An event's confidence as a logistic model over named signals of how the text tells it (how the place was found, where
/// the date came from, whether the actor is catalogued, whether the act is told by a verb with a figure and a day, retold,
/// background, and what kind of article tells it), with the weights in <c>data/lexicon/confidence.tsv</c>, fitted by
/// <c>tools/confidence/fit.py</c> so that the confidence reads as the chance the event is right.
/// </summary>
internal sealed class ConfidenceModel
{
    private const string Path = "lexicon/confidence.tsv";
    private const string Intercept = "intercept";
    private readonly FrozenDictionary<string, double> _weights;

    private ConfidenceModel(FrozenDictionary<string, double> weights) => _weights = weights;

    /// <summary>The signals a weight may be given to, besides the intercept.</summary>
    public static IReadOnlySet<string> Signals { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "actor2_found", "actor1_catalogued", "actor1_unidentified", "actor1_missing", "claimed", "agent_explicit", "counted", "count_figure", "retold", "told_in_full", "lead",
        "trigger_verb", "plural_only", "refers_back", "date_day", "date_in_text", "date_statement_only", "date_publication",
        "place_town", "place_near_town", "place_own", "place_guessed", "place_unfound", "place_country_only",
        "rumor", "background", "undated_article", "article_events", "same_kind_beside", "article_background", "article_long",
    };

    public static ConfidenceModel Load(ResourceStore store)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(store, Path, "signal", "weight").Rows)
        {
            var signal = row["signal"];
            if (signal != Intercept && !Signals.Contains(signal))
            {
                throw row.Fail($"unknown signal '{signal}'");
            }

            weights[signal] = double.TryParse(row["weight"], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
                ? weight
                : throw row.Fail($"'{row["weight"]}' is not a number");
        }

        return new ConfidenceModel(weights.ToFrozenDictionary());
    }

    /// <summary>The chance the event is right, rounded to two places.</summary>
    public double Score(IReadOnlyDictionary<string, double> signals)
    {
        var sum = _weights.GetValueOrDefault(Intercept);
        foreach (var (signal, value) in signals)
        {
            sum += _weights.GetValueOrDefault(signal) * value;
        }

        return Math.Round(1 / (1 + Math.Exp(-sum)), 2);
    }
}
