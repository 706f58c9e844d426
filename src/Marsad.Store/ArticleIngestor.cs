using System.Diagnostics;
using Marsad.Pipeline;

namespace Marsad.Store;

/// <summary>An article to ingest and where it came from (file:line, URL), for messages and provenance.</summary>
public sealed record IngestItem(Article Article, string Origin);

/// <summary>
/// Feeds articles through the analysis into the store: unchanged articles are skipped before
/// analysis, the rest are analysed in parallel a batch at a time and saved by a single writer, one
/// transaction per batch and a savepoint per article. A failing article is reported and the run goes on.
/// </summary>
public sealed class ArticleIngestor(MarsadStore store, Func<Article, ArticleAnalysis> analyze, string extractor)
{
    /// <summary>Articles analysed, then saved in one transaction, at a time; a killed process loses at most one batch.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>How many articles are analysed at once; the default is one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Called for each article that could not be analysed or saved: its origin and why.</summary>
    public Action<string, string>? OnFailure { get; init; }

    /// <summary>Called after each article with the number processed so far.</summary>
    public Action<int>? OnProgress { get; init; }

    public IngestSummary Ingest(IEnumerable<IngestItem> items, IngestSummary? summary = null) => Run(items, replace: false, summary ?? new IngestSummary());

    /// <summary>Analyses stored articles again (after an upgrade) and replaces their events: all of them, or those another extractor produced.</summary>
    public IngestSummary Reextract(bool all = false, IngestSummary? summary = null)
    {
        var ids = store.ArticleIds(all ? null : extractor);
        var items = ids.Select(id => store.LoadArticle(id)).OfType<Article>().Select(a => new IngestItem(a, "store:" + a.Id));
        return Run(items, replace: true, summary ?? new IngestSummary());
    }

    private IngestSummary Run(IEnumerable<IngestItem> items, bool replace, IngestSummary summary)
    {
        var processed = 0;
        foreach (var batch in items.Chunk(BatchSize))
        {
            var started = Stopwatch.GetTimestamp();
            var pending = replace ? batch : batch.Where(item => NeedsAnalysis(item, summary)).ToArray();
            summary.StorageTicks += Stopwatch.GetTimestamp() - started;
            processed += batch.Length - pending.Length;

            started = Stopwatch.GetTimestamp();
            var analyses = new (ArticleAnalysis? Analysis, string? Error)[pending.Length];
            Parallel.For(0, pending.Length, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, i => analyses[i] = Analyze(pending[i].Article));
            summary.ExtractionTicks += Stopwatch.GetTimestamp() - started;

            started = Stopwatch.GetTimestamp();
            using (var transaction = store.BeginBatch())
            {
                for (var i = 0; i < pending.Length; i++)
                {
                    Save(pending[i], analyses[i], replace, summary);
                }

                transaction.Commit();
            }

            summary.StorageTicks += Stopwatch.GetTimestamp() - started;

            // Progress counts committed articles only.
            for (var i = 0; i < pending.Length; i++)
            {
                OnProgress?.Invoke(++processed);
            }
        }

        return summary;
    }

    private bool NeedsAnalysis(IngestItem item, IngestSummary summary)
    {
        if (store.Check(item.Article) != ArticleState.Unchanged)
        {
            return true;
        }

        summary.Unchanged++;
        return false;
    }

    private (ArticleAnalysis?, string?) Analyze(Article article)
    {
        try
        {
            return (analyze(article), null);
        }
        catch (Exception e)
        {
            // An extractor bug on one article must not stop the batch: report it and go on.
            return (null, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private void Save(IngestItem item, (ArticleAnalysis? Analysis, string? Error) result, bool replace, IngestSummary summary)
    {
        if (result.Analysis is null)
        {
            Fail(item, result.Error!, summary);
            return;
        }

        try
        {
            var outcome = store.Save(result.Analysis, extractor, item.Origin, replace);
            switch (outcome.State)
            {
                case ArticleState.New: summary.New++; break;
                case ArticleState.Changed: summary.Updated++; break;
                default: summary.Unchanged++; break;
            }

            summary.Events += outcome.Events;
            summary.ClustersWritten += outcome.ClustersWritten;
        }
        catch (System.Data.Common.DbException e)
        {
            Fail(item, $"not saved: {e.Message}", summary);
        }
    }

    private void Fail(IngestItem item, string message, IngestSummary summary)
    {
        summary.Failed++;
        OnFailure?.Invoke(item.Origin, $"article '{item.Article.Id}': {message}");
    }
}
