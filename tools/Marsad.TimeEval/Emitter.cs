using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.TimeEval;

/// <summary>
/// Writes each gold event back out with this stage's event_date, time_precision and historical flag
/// (everything else as in the gold), so that score.py measures the Time stage alone.
/// </summary>
internal sealed class Emitter(string path) : IDisposable
{
    private readonly StreamWriter _writer = new(path);

    public void Article(GoldArticle article, TextDocument doc, ImmutableArray<DateMention> mentions, DocumentDate documentDate, ImmutableArray<BackgroundCue> cues)
    {
        var values = documentDate.Reference is { } reference ? DateRecognizer.ResolveAll(mentions, reference) : [.. mentions.Select(_ => (DateValue?)null)];
        for (var n = 0; n < article.Events.Count; n++)
        {
            var e = article.Events[n];
            var node = JsonNode.Parse(article.Raw[n].GetRawText())!.AsObject();
            var attached = Report.Attach(doc, mentions, values, e);
            var value = attached is { } k ? values[k] : null;
            foreach (var field in node.Where(f => f.Key != "evidence" && f.Value is JsonArray).Select(f => f.Key).ToList())
            {
                node[field] = node[field]!.AsArray().FirstOrDefault()?.DeepClone(); // a gold list accepts its first value
            }

            node["article_id"] = article.Id;
            node["event_date"] = value is { IsYearOnly: false } v ? v.Date.ToString("yyyy-MM-dd") : null;
            node["time_precision"] = value?.AcledPrecision;
            node["historical"] = documentDate.Reference is { } r && DateRecognizer.IsBackgroundEvent(value, Report.Cue(doc, cues, e) is not null, r);
            _writer.WriteLine(node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
    }

    public void Dispose() => _writer.Dispose();
}
