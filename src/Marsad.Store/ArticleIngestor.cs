using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Marsad.Pipeline;

namespace Marsad.Store;

/// <summary>An article to ingest and where it came from (file:line, URL), for messages and provenance.</summary>
public sealed record IngestItem(Article Article, string Origin);

/// <summary>
/// Feeds articles through the analysis into the store: unchanged articles are skipped before
/// analysis, the rest are analysed in parallel a batch at a time and saved by a single writer, one
/// transaction per batch and a savepoint per article. The next batch is analysed while one is saved,
/// and the store ends as if each batch had been read only after the previous one was committed.
/// A failing article is reported and the run goes on.
/// </summary>
public sealed class ArticleIngestor(MarsadStore store, Func<Article, ArticleAnalysis> analyze, string extractor)
{
    // While the writer saves one batch the next is analysed; a second lets the analysis go on into it
    // while the first's last articles finish, and bounds what waits in memory.
    private const int BatchesAhead = 2;

    /// <summary>Articles analysed, then saved in one transaction, at a time; a killed process loses at most one batch.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>How many articles are analysed at once (beside the writer); the default is one per core.</summary>
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

    // The calling thread reads the input, talks to the store and calls back; only the analysis runs on the workers.
    private IngestSummary Run(IEnumerable<IngestItem> items, bool replace, IngestSummary summary)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1);
        var analysing = new BusyClock();
        var processed = 0;
        ExceptionDispatchInfo? inputFailure = null;
        using (var batches = items.Chunk(BatchSize).GetEnumerator())
        using (var workers = new AnalysisWorkers(Analyze, Parallelism, analysing))
        {
            var ahead = new Queue<IngestBatch>();
            while (true)
            {
                while (inputFailure is null && ahead.Count < BatchesAhead && Read(batches, ref inputFailure) is { } chunk)
                {
                    var batch = Plan(chunk, ahead, replace, summary);
                    workers.Enqueue(batch);
                    ahead.Enqueue(batch);
                }

                if (!ahead.TryDequeue(out var next))
                {
                    break;
                }

                processed = SaveBatch(next, replace, summary, analysing, processed);
            }
        }

        summary.ExtractionTicks += analysing.Ticks;
        inputFailure?.Throw();
        return summary;
    }

    // An input that fails midway keeps the batches read before it stored, as when each batch was read after the previous commit.
    private static IngestItem[]? Read(IEnumerator<IngestItem[]> batches, ref ExceptionDispatchInfo? failure)
    {
        try
        {
            return batches.MoveNext() ? batches.Current : null;
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
            return null;
        }
    }

    /// <summary>
    /// Which articles of a batch look unchanged, so are not analysed ahead: against what is committed and
    /// the batches ahead of it, which are not yet. The writer confirms each of them before saving the batch.
    /// </summary>
    private IngestBatch Plan(IngestItem[] items, IEnumerable<IngestBatch> ahead, bool replace, IngestSummary summary)
    {
        var hashes = Array.ConvertAll(items, item => ArticleHash.Of(item.Article));
        if (replace)
        {
            return new IngestBatch(items, hashes, new bool[items.Length]);
        }

        var started = Stopwatch.GetTimestamp();
        var aheadIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var aheadHashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in ahead)
        {
            for (var i = 0; i < batch.Items.Length; i++)
            {
                aheadIds[batch.Items[i].Article.Id] = batch.Hashes[i];
                aheadHashes.Add(batch.Hashes[i]);
            }
        }

        var unchanged = new bool[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            // The same id ahead decides alone; otherwise a text new to the store is unchanged if a batch ahead stores it.
            unchanged[i] = aheadIds.TryGetValue(items[i].Article.Id, out var aheadHash)
                ? aheadHash == hashes[i]
                : store.Check(items[i].Article) switch
                {
                    ArticleState.Unchanged => true,
                    ArticleState.New => aheadHashes.Contains(hashes[i]),
                    _ => false,
                };
        }

        summary.StorageTicks += Stopwatch.GetTimestamp() - started;
        return new IngestBatch(items, hashes, unchanged);
    }

    private int SaveBatch(IngestBatch batch, bool replace, IngestSummary summary, BusyClock analysing, int processed)
    {
        // Each article is checked against what the earlier batches committed, before any of this batch is
        // saved: one whose earlier copy failed was not unchanged after all, and is analysed here.
        var started = Stopwatch.GetTimestamp();
        var skipped = new bool[batch.Items.Length];
        for (var i = 0; i < batch.Items.Length; i++)
        {
            if (batch.LooksUnchanged[i] && !NeedsAnalysis(batch.Items[i], summary))
            {
                skipped[i] = true;
            }
        }

        summary.StorageTicks += Stopwatch.GetTimestamp() - started;
        for (var i = 0; i < batch.Items.Length; i++)
        {
            if (batch.LooksUnchanged[i] && !skipped[i])
            {
                analysing.Start();
                batch.Complete(i, Analyze(batch.Items[i].Article));
                analysing.Stop();
            }
        }

        batch.Analysed.Wait();
        started = Stopwatch.GetTimestamp();
        var saved = 0;
        using (var transaction = store.BeginBatch())
        {
            for (var i = 0; i < batch.Items.Length; i++)
            {
                if (!skipped[i])
                {
                    Save(batch.Items[i], batch.Results[i], replace, summary);
                    saved++;
                }
            }

            transaction.Commit();
        }

        summary.StorageTicks += Stopwatch.GetTimestamp() - started;
        processed += batch.Items.Length - saved;

        // Progress counts committed articles only.
        for (var i = 0; i < saved; i++)
        {
            OnProgress?.Invoke(++processed);
        }

        return processed;
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

    private AnalysisResult Analyze(Article article)
    {
        try
        {
            return new AnalysisResult(analyze(article), null);
        }
        catch (Exception e)
        {
            // An extractor bug on one article must not stop the batch: report it and go on.
            return new AnalysisResult(null, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private void Save(IngestItem item, AnalysisResult result, bool replace, IngestSummary summary)
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
