using System.Collections.Immutable;
using Marsad.Resources;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.TimeEval;

/// <summary>
/// Measures the Time stage on a gold corpus: for every gold event with a date, the date mention inside
/// or nearest its evidence is resolved against the published or inferred article date and compared
/// with the gold; undated articles' inferred dates are listed; background detection is scored.
/// usage: Marsad.TimeEval ARTICLES.jsonl GOLD.jsonl [--verbose]
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
        var recognizer = DateRecognizer.Load(ResourceStore.Embedded);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var report = new Report(verbose);
        foreach (var article in Corpus.Read(args[0], args[1]))
        {
            var doc = TextDocument.Create(article.Text, LanguageCodes.Parse(article.Lang));
            var mentions = recognizer.Recognize(doc);
            var documentDate = DateRecognizer.InferDocumentDate(doc, mentions, article.Published, today);
            report.Article(article, doc, mentions, documentDate, recognizer.FindBackgroundCues(doc));
        }

        report.Print();
        return 0;
    }
}
