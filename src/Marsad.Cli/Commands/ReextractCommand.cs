using System.CommandLine;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad reextract</c>: after an upgrade, analyse the stored articles again and re-form their incidents.</summary>
public static class ReextractCommand
{
    /// <param name="loadAnalysis">Loads the extractor once (the pipeline's <c>Analyze</c>); called only when the command runs.</param>
    public static Command Create(Func<Func<Article, ArticleAnalysis>> loadAnalysis)
    {
        var db = StoreArguments.Db();
        var all = new Option<bool>("--all") { Description = "Every article, not only those an older extractor produced" };
        var command = new Command("reextract", "Extract the stored articles again with this version of Marsad") { db, all };
        command.SetAction(result =>
        {
            using var store = StoreArguments.OpenExisting(StoreArguments.Location(result.GetValue(db)));
            if (store is null)
            {
                return StoreArguments.SomeInputsFailed;
            }

            var analyze = loadAnalysis();
            var summary = new IngestSummary();
            IngestProgress.Run(progress => new ArticleIngestor(store, analyze, StoreArguments.ExtractorVersion())
            {
                OnFailure = (origin, message) => Console.Error.WriteLine($"{origin}: error: {message}"),
                OnProgress = progress,
            }.Reextract(result.GetValue(all), summary), summary);
            IngestCommand.Report(summary, store.Counts());
            return summary.Failed > 0 ? StoreArguments.SomeInputsFailed : StoreArguments.Ok;
        });
        return command;
    }
}
