using System.Collections.Frozen;
using System.Globalization;
using Marsad.Resources;

namespace Marsad.Events.Assembly;

/// <summary>
/// An event's confidence as a logistic model over named signals of how the text tells it (whether the other side is
/// named, how precisely it is dated and placed, whether it is counted, told several times, hearsay, background, how
/// many events the article tells), with the weights in
/// <c>data/lexicon/confidence.tsv</c>, fitted so that the confidence reads as the chance the event is right.
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
        "actor2_found", "counted", "retold", "date_day", "place_town", "place_near_town", "rumor", "background", "undated_article", "article_events",
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
