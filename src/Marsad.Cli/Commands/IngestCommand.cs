using System.CommandLine;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest SOURCE...</c>: files, folders, feeds and URLs into the store, deduplicated as they arrive.</summary>
public static class IngestCommand
{
    /// <param name="loadAnalysis">Loads the extractor once (the pipeline's <c>Analyze</c>); called only when the command runs.</param>
    public static Command Create(Func<Func<Article, ArticleAnalysis>> loadAnalysis)
    {
        var sources = new Argument<string[]>("SOURCE") { Description = "Articles JSONL, .txt, .html, RSS/Atom files, folders of them, or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var db = StoreArguments.Db();
        var published = new Option<string?>("--published") { Description = "Publication date for articles that carry none (YYYY-MM-DD)" };
        var command = new Command("ingest", "Add articles to the store: extract their events and merge reports of the same incident") { sources, db, published };
        command.SetAction(result =>
        {
            var date = ArticleJson.ParseDate(result.GetValue(published), out var problem);
            if (problem is not null)
            {
                Console.Error.WriteLine($"error: --published: {problem}");
                return StoreArguments.UsageError;
            }

            MarsadStore store;
            try
            {
                store = MarsadStore.Open(StoreArguments.Location(result.GetValue(db)));
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return StoreArguments.SomeInputsFailed;
            }

            using (store)
            using (var web = new WebSource())
            {
                var summary = new IngestSummary();
                var options = new ArticleReadOptions { Published = date };
                var items = result.GetValue(sources)!.SelectMany(s => Sources.Read(s, options, web)).SelectMany(item => Accept(item, summary));
                var analyze = loadAnalysis();
                IngestProgress.Run(progress => new ArticleIngestor(store, analyze, StoreArguments.ExtractorVersion())
                {
                    OnFailure = (origin, message) => Console.Error.WriteLine($"{origin}: error: {message}"),
                    OnProgress = progress,
                }.Ingest(items, summary), summary);
                Report(summary, store.Counts());
                return summary.Failed > 0 ? StoreArguments.SomeInputsFailed : StoreArguments.Ok;
            }
        });
        return command;
    }

    internal static void Report(IngestSummary s, StoreCounts counts) => Console.WriteLine(
        $"articles: {s.New} new, {s.Updated} updated, {s.Unchanged} unchanged, {s.Failed} failed; events saved: {s.Events}; clusters re-formed: {s.ClustersWritten}\n"
        + $"store: {counts.Articles} articles, {counts.Events} events, {counts.Clusters} incidents");

    // Warnings are reported and the article kept; a failed source is reported and counted.
    private static IEnumerable<IngestItem> Accept(SourceItem item, IngestSummary summary)
    {
        foreach (var problem in item.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        if (item.Article is null)
        {
            summary.AddSourceFailure();
            return [];
        }

        return [new IngestItem(item.Article, item.Line is { } line ? $"{item.Source}:{line}" : item.Source)];
    }
}
