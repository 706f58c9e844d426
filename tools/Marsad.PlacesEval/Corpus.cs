using System.Text.Json;

namespace Marsad.PlacesEval;

/// <summary>A gold event with a place: its evidence spans and its coordinates.</summary>
internal sealed record GoldPlace(string ArticleId, int Index, double Latitude, double Longitude, string Location, IReadOnlyList<(int Start, int End)> Evidence);

internal sealed record CorpusArticle(string Id, string Lang, string Text, IReadOnlyList<GoldPlace> Places);

/// <summary>Reads articles.jsonl and gold.jsonl of the dev corpus (FORMAT.md).</summary>
internal static class Corpus
{
    public static List<CorpusArticle> Read(string folder)
    {
        var gold = File.ReadLines(Path.Combine(folder, "gold.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(g => g.GetProperty("id").GetString()!);
        var articles = new List<CorpusArticle>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "articles.jsonl")))
        {
            var a = JsonDocument.Parse(line).RootElement;
            var id = a.GetProperty("id").GetString()!;
            var places = new List<GoldPlace>();
            if (gold.TryGetValue(id, out var g))
            {
                var index = 0;
                foreach (var e in g.GetProperty("events").EnumerateArray())
                {
                    index++;
                    if (Number(e, "latitude") is { } lat && Number(e, "longitude") is { } lon)
                    {
                        var evidence = e.TryGetProperty("evidence", out var ev)
                            ? ev.EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList()
                            : [];
                        places.Add(new GoldPlace(id, index, lat, lon, Text(e, "location"), evidence));
                    }
                }
            }

            articles.Add(new CorpusArticle(id, a.GetProperty("lang").GetString()!, a.GetProperty("text").GetString()!, places));
        }

        return articles;
    }

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble()
        : e.TryGetProperty(name, out v) && v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.Number ? v[0].GetDouble()
        : null;

    private static string Text(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? "" : v.ValueKind == JsonValueKind.Array ? string.Join('|', v.EnumerateArray().Select(x => x.ToString())) : v.ToString();
}
