using System.Diagnostics;

namespace Marsad.Bench;

/// <summary>One timed pass of a system over every article, on the calling thread.</summary>
internal sealed record PassResult(string System, int Articles, long Utf8Bytes, double Seconds, double CpuSeconds, long AllocatedBytes, long PeakGcHeap, long PeakWorkingSet,
    double GcPauseSeconds, int Gen0Collections, int Gen2Collections, long Checksum)
{
    public double ArticlesPerSecond => Articles / Seconds;

    /// <summary>Articles per second of the pass thread's own CPU time (GC included: workstation GC collects on it).</summary>
    public double ArticlesPerCpuSecond => Articles / CpuSeconds;

    public double MegabytesPerSecond => Utf8Bytes / 1e6 / Seconds;

    public double AllocatedPerArticle => (double)AllocatedBytes / Articles;

    /// <summary>Share of the pass's wall time the GC had the process paused (workstation GC collects on the allocating thread).</summary>
    public double GcShare => GcPauseSeconds / Seconds;
}

/// <summary>Loading a resource: time, CPU time of every thread (loaders parse in parallel), what it allocated, what stays alive, and the process's peak while loading.</summary>
internal sealed record LoadResult(string What, double Seconds, double CpuSeconds, long AllocatedBytes, long RetainedBytes, long PeakWorkingSet, long PeakWorkingSetGrowth);

internal static class Measure
{
    // Sampling the GC heap every article would cost the light baseline a few percent; every 16th is enough for a peak.
    private const int HeapSampleMask = 15;

    /// <summary>
    /// Runs <paramref name="work"/> over every article once. Allocations are the calling thread's
    /// (the pipeline is single-threaded per article); the peaks are this pass's own.
    /// </summary>
    public static PassResult Pass(string system, Corpus corpus, Func<Article, int> work)
    {
        Memory.LiveHeap();
        Memory.ResetPeakWorkingSet();
        var articles = corpus.Articles;
        long checksum = 0;
        long peakHeap = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (pause, gen0, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2));
        var cpu = ThreadClock.Nanoseconds();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < articles.Count; i++)
        {
            checksum += work(articles[i]);
            if ((i & HeapSampleMask) == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuSeconds = (ThreadClock.Nanoseconds() - cpu) / 1e9;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return new PassResult(system, articles.Count, corpus.Utf8Bytes, seconds, cpuSeconds, allocated, peakHeap, Memory.PeakWorkingSet(),
            (GC.GetTotalPauseDuration() - pause).TotalSeconds, GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2, checksum);
    }

    /// <summary>Runs <paramref name="work"/> over the articles again and again until <paramref name="seconds"/> have passed, so the JIT has tiered up.</summary>
    public static void WarmUp(IReadOnlyList<Article> articles, Func<Article, int> work, double seconds)
    {
        var started = Stopwatch.GetTimestamp();
        do
        {
            foreach (var article in articles)
            {
                work(article);
            }
        }
        while (Stopwatch.GetElapsedTime(started).TotalSeconds < seconds);
    }

    /// <summary>
    /// Loads something and keeps it alive until measured. Allocations count every thread (loaders may
    /// parse in parallel); retained is the live heap it adds after a full collection.
    /// </summary>
    public static (T Value, LoadResult Result) Load<T>(string what, Func<T> load)
    {
        var heapBefore = Memory.LiveHeap();
        Memory.ResetPeakWorkingSet();
        var workingSetBefore = Memory.WorkingSet();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Memory.ProcessorTime();
        var started = Stopwatch.GetTimestamp();
        var value = load();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuSeconds = (Memory.ProcessorTime() - cpu).TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var peak = Memory.PeakWorkingSet();
        var retained = Memory.LiveHeap() - heapBefore;
        GC.KeepAlive(value);
        return (value, new LoadResult(what, seconds, cpuSeconds, allocated, retained, peak, peak - workingSetBefore));
    }
}
