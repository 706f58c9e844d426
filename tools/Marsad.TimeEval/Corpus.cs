using System.Text.Json;

namespace Marsad.TimeEval;

/// <summary>One article of a gold corpus and its gold events.</summary>
internal sealed record GoldArticle(string Id, string Lang, string Text, DateOnly? Published, IReadOnlyList<GoldEvent> Events, IReadOnlyList<JsonElement> Raw);

/// <summary>A gold event: its acceptable dates, precision, historical flag and evidence spans.</summary>
internal sealed record GoldEvent(IReadOnlyList<DateOnly> Dates, int? Precision, bool Historical, IReadOnlyList<TextSpan> Evidence, string Note);

/// <summary>Reads <c>articles.jsonl</c> and <c>gold.jsonl</c> (the evaluation interchange format).</summary>
internal static class Corpus
{
    public static List<GoldArticle> Read(string articlesPath, string goldPath)
    {
        var gold = File.ReadLines(goldPath).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!);
        var articles = new List<GoldArticle>();
        foreach (var line in File.ReadLines(articlesPath).Where(l => l.Trim().Length > 0))
        {
            var a = JsonDocument.Parse(line).RootElement;
            var id = a.GetProperty("id").GetString()!;
            var published = a.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()![..10], System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            var raw = gold.TryGetValue(id, out var g) ? g.GetProperty("events").EnumerateArray().ToList() : [];
            articles.Add(new GoldArticle(id, a.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "" : "", a.GetProperty("text").GetString()!, published, [.. raw.Select(Event)], raw));
        }

        return articles;
    }

    private static GoldEvent Event(JsonElement e)
    {
        var dates = new List<DateOnly>();
        if (e.TryGetProperty("event_date", out var d))
        {
            foreach (var value in d.ValueKind == JsonValueKind.Array ? d.EnumerateArray().ToList() : [d])
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    dates.Add(DateOnly.Parse(value.GetString()![..10], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        int? precision = e.TryGetProperty("time_precision", out var tp) && tp.ValueKind == JsonValueKind.Number ? tp.GetInt32()
            : tp.ValueKind == JsonValueKind.Array ? tp.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Number).Max(x => x.GetInt32()) : null;
        var historical = e.TryGetProperty("historical", out var h) && h.ValueKind == JsonValueKind.True;
        var evidence = e.TryGetProperty("evidence", out var ev)
            ? ev.EnumerateArray().Select(s => new TextSpan(s[0].GetInt32(), s[1].GetInt32())).ToList()
            : [];
        var note = e.TryGetProperty("note", out var n) ? n.GetString() ?? "" : "";
        return new GoldEvent(dates, precision, historical, evidence, note);
    }
}
