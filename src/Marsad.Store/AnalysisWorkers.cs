using System.Collections.Concurrent;
using System.Diagnostics;

namespace Marsad.Store;

/// <summary>
/// A fixed number of threads analysing the articles of the batches ahead of the writer, in order, so the
/// next batch is analysed while one is saved. Disposing stops them after the article each is on.
/// </summary>
internal sealed class AnalysisWorkers : IDisposable
{
    private readonly BlockingCollection<(IngestBatch Batch, int Index)> _articles = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<Article, AnalysisResult> _analyze;
    private readonly BusyClock _clock;
    private readonly Task[] _workers;

    public AnalysisWorkers(Func<Article, AnalysisResult> analyze, int count, BusyClock clock)
    {
        _analyze = analyze;
        _clock = clock;
        // Threads of their own: the writer blocks while it waits for a batch, and must not hold back the pool's threads that analyse it.
        _workers = [.. Enumerable.Range(0, count).Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))];
    }

    public void Enqueue(IngestBatch batch)
    {
        foreach (var index in batch.ToAnalyse)
        {
            _articles.Add((batch, index));
        }
    }

    private void Work()
    {
        try
        {
            foreach (var (batch, index) in _articles.GetConsumingEnumerable(_stop.Token))
            {
                _clock.Start();
                var result = _analyze(batch.Items[index].Article);
                _clock.Stop();
                batch.Complete(index, result);
            }
        }
        catch (OperationCanceledException)
        {
            // The writer stopped (done, or failed): the articles left are not needed.
        }
    }

    public void Dispose()
    {
        _articles.CompleteAdding();
        _stop.Cancel();
        Task.WaitAll(_workers);
        _articles.Dispose();
        _stop.Dispose();
    }
}

/// <summary>Wall-clock time during which at least one article was being analysed, however many at once.</summary>
internal sealed class BusyClock
{
    private readonly Lock _gate = new();
    private int _busy;
    private long _since;

    public long Ticks { get; private set; }

    public void Start()
    {
        lock (_gate)
        {
            if (_busy++ == 0)
            {
                _since = Stopwatch.GetTimestamp();
            }
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            if (--_busy == 0)
            {
                Ticks += Stopwatch.GetTimestamp() - _since;
            }
        }
    }
}
