using System.Globalization;
using System.Text.Json;
using Marsad;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Store;

// A child process for the store's crash and concurrency tests.
//   CrashHost DB FIRST — saves articles crash-FIRST, crash-FIRST+1, ... and prints each id once its
//     transaction has committed, until killed. Article n has n % 4 + 1 events, so a reader can check it is whole.
//   CrashHost ingest DB FILE [DELAY_MS] — ingests FILE's articles (JSON lines {"id", "text"}) as `marsad ingest`
//     does (ArticleIngestor: batches of 4, one transaction each), with a stand-in extractor that reads the events
//     from the text (see ReportLine) and takes DELAY_MS per article; prints the number of articles committed
//     after each one. Exit code 1 when an article failed.
if (args is ["ingest", var db, var file, .. var rest])
{
    var delay = rest is [var ms] ? int.Parse(ms, CultureInfo.InvariantCulture) : 0;
    using var target = MarsadStore.Open(db);
    var items = File.ReadLines(file).Where(line => line.Length > 0).Select(line =>
    {
        using var json = JsonDocument.Parse(line);
        var article = new Article { Id = json.RootElement.GetProperty("id").GetString()!, Text = json.RootElement.GetProperty("text").GetString()! };
        return new IngestItem(article, file);
    });
    var failed = false;
    var summary = new ArticleIngestor(target, article =>
    {
        Thread.Sleep(delay);
        return ReportLine.Analyze(article);
    }, "concurrency-host")
    {
        BatchSize = 4,
        Parallelism = 1,
        OnProgress = committed => Console.WriteLine(committed),
        OnFailure = (origin, message) =>
        {
            failed = true;
            Console.Error.WriteLine($"{origin}: error: {message}");
        },
    }.Ingest(items);
    return failed || summary.Failed > 0 ? 1 : 0;
}

using var store = MarsadStore.Open(args[0]);
for (var n = int.Parse(args[1], CultureInfo.InvariantCulture); ; n++)
{
    var id = $"crash-{n:D6}";
    var events = Enumerable.Range(0, n % 4 + 1).Select(i => new EventRecord
    {
        ArticleId = id,
        EventType = AcledTaxonomy.Battles,
        SubEventType = "Armed clash",
        EventDate = new DateOnly(2025, 1, 1).AddDays(n % 90),
        TimePrecision = 1,
        Actor1 = "JNIM: Group for Support of Islam and Muslims",
        Actor2 = "Military Forces of Mali (2021-)",
        Country = "Mali",
        Admin2 = "Gao",
        Latitude = 16.27 + (i * 0.5),
        Longitude = -0.04,
        GeoPrecision = 1,
        Fatalities = n % 30,
        Confidence = 0.8,
        Notes = $"Generated clash {n}.{i}",
    });
    store.Save(new ArticleAnalysis { Article = new Article { Id = id, Text = $"نص المقال رقم {n} " + new string('ا', 2000) }, Events = [.. events] }, "crash-host");
    Console.WriteLine(id);
}

/// <summary>
/// The concurrency test's stand-in extractor: each line of an article's text that starts with "EVENT|" is one
/// report, <c>EVENT|type|sub-type|date|time precision|country|admin1|admin2|latitude|longitude|geo precision|actor1|actor2|fatalities|confidence</c>
/// (empty fields are null), so the test decides exactly which reports are the same incident.
/// </summary>
internal static class ReportLine
{
    public static ArticleAnalysis Analyze(Article article) => new()
    {
        Article = article,
        Events = [.. article.Text.Split('\n').Where(l => l.StartsWith("EVENT|", StringComparison.Ordinal)).Select(l => Parse(article.Id, l))],
    };

    private static EventRecord Parse(string articleId, string line)
    {
        var f = line.Split('|');
        string? S(int i) => f[i].Length == 0 ? null : f[i];
        double? D(int i) => f[i].Length == 0 ? null : double.Parse(f[i], CultureInfo.InvariantCulture);
        int? I(int i) => f[i].Length == 0 ? null : int.Parse(f[i], CultureInfo.InvariantCulture);
        return new EventRecord
        {
            ArticleId = articleId, EventType = f[1], SubEventType = f[2], EventDate = DateOnly.Parse(f[3], CultureInfo.InvariantCulture),
            TimePrecision = I(4), Country = S(5), Admin1 = S(6), Admin2 = S(7), Location = S(7), Latitude = D(8), Longitude = D(9),
            GeoPrecision = I(10), Actor1 = S(11), Actor2 = S(12), Fatalities = I(13), Confidence = D(14) ?? 0.5,
            Notes = $"{f[1]} near {f[7]} on {f[3]}",
        };
    }
}
