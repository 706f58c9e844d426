using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Bench;

internal sealed record CorpusInfo(string Path, string Language, int Articles, long Utf8Bytes, int RepeatedArticles, long RepeatedUtf8Bytes);

/// <summary>The median of one system's passes; memory peaks from its first pass (Lucene's runs before Marsad's resources load).</summary>
internal sealed record SystemSummary(string System, int Passes, double ArticlesPerSecond, double ArticlesPerCpuSecond, double MegabytesPerSecond, double AllocatedPerArticle, double GcShare, long PeakGcHeap, long PeakWorkingSet);

/// <summary>Everything one throughput run measured, as printed and as written to JSON.</summary>
internal sealed record ThroughputReport(Machine Machine, string? LoadAverageBefore, string? LoadAverageAfter, CorpusInfo Corpus,
    IReadOnlyList<LoadResult> Loads, IReadOnlyList<PassResult> Passes)
{
    /// <summary>The goal: Marsad's full extraction at no less than half the analyzer's throughput.</summary>
    public const double TargetRatio = 0.5;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public DateTimeOffset Measured { get; init; } = TimeProvider.System.GetUtcNow();

    public SystemSummary Lucene => Summary(Throughput.Lucene);

    public SystemSummary Marsad => Summary(Throughput.Marsad);

    /// <summary>Marsad's articles/s over Lucene's, from the medians.</summary>
    public double Ratio => Marsad.ArticlesPerSecond / Lucene.ArticlesPerSecond;

    /// <summary>The same ratio in articles per second of the thread's CPU time, which the machine's other work disturbs less.</summary>
    public double CpuRatio => Marsad.ArticlesPerCpuSecond / Lucene.ArticlesPerCpuSecond;

    public void Print(TextWriter output)
    {
        var c = Corpus;
        output.WriteLine(Invariant($"Marsad throughput, {Measured:yyyy-MM-dd HH:mm} UTC on {Machine.Cores} × {Machine.Cpu}, {Machine.Runtime}, {Machine.Os}"));
        output.WriteLine($"load average (1, 5, 15 min): {LoadAverageBefore ?? "n/a"} before, {LoadAverageAfter ?? "n/a"} after");
        output.WriteLine(Invariant($"corpus: {c.Path}: {c.Articles} articles ({c.Language}), {c.Utf8Bytes / 1e6:F3} MB of text, repeated to {c.RepeatedArticles:N0} articles, {c.RepeatedUtf8Bytes / 1e6:F2} MB"));
        output.WriteLine(Invariant($"single-threaded; median of {Marsad.Passes} passes each, Lucene and Marsad alternating; peaks from each one's first pass (Lucene's before Marsad loads)"));
        output.WriteLine();
        output.WriteLine(Invariant($"{"",-28} {"articles/s",12} {"/CPU-s",10} {"MB/s",9} {"alloc/article",14} {"GC time",8} {"peak GC heap",13} {"peak WS",10}"));
        foreach (var s in new[] { Lucene, Marsad })
        {
            output.WriteLine(Invariant($"{s.System,-28} {s.ArticlesPerSecond,12:N1} {s.ArticlesPerCpuSecond,10:N1} {s.MegabytesPerSecond,9:F3} {Size(s.AllocatedPerArticle),14} {s.GcShare,8:P1} {Size(s.PeakGcHeap),13} {Size(s.PeakWorkingSet),10}"));
        }

        output.WriteLine(Invariant($"{"Marsad / Lucene",-28} {Ratio,12:F3} {CpuRatio,10:F3}   goal ≥ {TargetRatio:F1}: {(Ratio >= TargetRatio ? "met" : "not met")} (Lucene {1 / Ratio:F1}× faster)"));
        output.WriteLine();
        PrintLoads(output, Loads);

        output.WriteLine();
        output.WriteLine("passes (in order): " + string.Join("; ", Passes.Select(p => Invariant($"{(p.System == Throughput.Lucene ? "Lucene" : "Marsad")} {p.ArticlesPerSecond:F1}/s ({p.ArticlesPerCpuSecond:F1}/CPU-s)"))));
    }

    public void WriteJson(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var document = new { Measured, Machine, LoadAverageBefore, LoadAverageAfter, Corpus, Lucene, Marsad, Ratio, CpuRatio, TargetRatio, Loads, Passes };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }

    private SystemSummary Summary(string system)
    {
        var passes = Passes.Where(p => p.System == system).ToList();
        return new SystemSummary(system, passes.Count, Median(passes, p => p.ArticlesPerSecond), Median(passes, p => p.ArticlesPerCpuSecond), Median(passes, p => p.MegabytesPerSecond),
            Median(passes, p => p.AllocatedPerArticle), Median(passes, p => p.GcShare), passes[0].PeakGcHeap, passes[0].PeakWorkingSet);
    }

    private static double Median(List<PassResult> passes, Func<PassResult, double> value)
    {
        var sorted = passes.Select(value).Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static void PrintLoads(TextWriter output, IEnumerable<LoadResult> loads)
    {
        output.WriteLine(Invariant($"{"loading",-34} {"time",8} {"CPU",8} {"allocated",11} {"retained",10} {"peak WS",10} {"WS growth",10}"));
        foreach (var l in loads)
        {
            output.WriteLine(Invariant($"{l.What,-34} {l.Seconds,7:F3}s {l.CpuSeconds,7:F3}s {Size(l.AllocatedBytes),11} {Size(l.RetainedBytes),10} {Size(l.PeakWorkingSet),10} {Size(l.PeakWorkingSetGrowth),10}"));
        }
    }

    private static string Size(double bytes) => bytes switch
    {
        >= 1 << 20 => Invariant($"{bytes / 1048576:F1} MiB"),
        >= 1 << 10 => Invariant($"{bytes / 1024:F1} KiB"),
        _ => Invariant($"{bytes:F0} B"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
