using System.Collections.Immutable;
using Marsad.Resources;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.TimeEval;

/// <summary>
/// Measures the Time stage on a gold corpus: for every gold event with a date, the date mention inside
/// or nearest its evidence is resolved against the published or inferred article date and compared
/// with the gold; undated articles' inferred dates are listed; background detection is scored.
/// usage: Marsad.TimeEval ARTICLES.jsonl GOLD.jsonl [--verbose] [--mentions] [--emit PRED.jsonl]
/// --mentions lists every mention with its value and every background cue; --emit writes the gold
/// events with this stage's date, precision and historical flag in place of the gold ones, for score.py.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Marsad.TimeEval ARTICLES.jsonl GOLD.jsonl [--verbose]");
            return 2;
        }

        var verbose = args.Contains("--verbose");
        var listMentions = args.Contains("--mentions");
        var emit = Array.IndexOf(args, "--emit") is var at and >= 0 && at + 1 < args.Length ? new Emitter(args[at + 1]) : null;
        var loading = System.Diagnostics.Stopwatch.StartNew();
        var recognizer = DateRecognizer.Load(ResourceStore.Embedded);
        loading.Stop();
        var working = new System.Diagnostics.Stopwatch();
        var count = 0;
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var report = new Report(verbose);
        foreach (var article in Corpus.Read(args[0], args[1]))
        {
            var doc = TextDocument.Create(article.Text, LanguageCodes.Parse(article.Lang));
            working.Start();
            var mentions = recognizer.Recognize(doc);
            var cues = recognizer.FindBackgroundCues(doc);
            var documentDate = DateRecognizer.InferDocumentDate(doc, mentions, article.Published, today, recognizer.FindEras(doc), cues);
            working.Stop();
            count += mentions.Length;
            report.Article(article, doc, mentions, documentDate, cues);
            emit?.Article(article, doc, mentions, documentDate, cues);
            if (listMentions)
            {
                List(article, doc, mentions, documentDate, cues);
            }
        }

        report.Print();
        Console.WriteLine($"== speed: data loaded in {loading.ElapsedMilliseconds} ms; {count} mentions recognized, documents dated and cues found in {working.Elapsed.TotalMilliseconds:F0} ms");
        emit?.Dispose();
        return 0;
    }

    private static void List(GoldArticle article, TextDocument doc, ImmutableArray<DateMention> mentions, DocumentDate documentDate, ImmutableArray<BackgroundCue> cues)
    {
        Console.WriteLine($"## {article.Id} reference {documentDate.Reference?.ToString("yyyy-MM-dd") ?? "unknown"} ({documentDate.Kind}, {documentDate.Cue})");
        var values = documentDate.Reference is { } reference ? DateRecognizer.ResolveAll(mentions, reference) : [.. mentions.Select(_ => (DateValue?)null)];
        for (var k = 0; k < mentions.Length; k++)
        {
            Console.WriteLine($"   {doc.OriginalText(mentions[k].Span)} => {values[k]?.ToString() ?? "unresolved"}   [{mentions[k].Expression}]");
        }

        foreach (var cue in cues)
        {
            Console.WriteLine($"   cue {cue.Kind}: {doc.OriginalText(cue.Span)}");
        }
    }
}
