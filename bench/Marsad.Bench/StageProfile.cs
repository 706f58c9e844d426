using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Time;

namespace Marsad.Bench;

/// <summary>
/// Time and allocations of one stage, per article over a run: CPU time of the thread (steady under
/// load; GC included), its share of the stages' total, wall time, and allocated bytes with their share.
/// </summary>
internal sealed record StageCost(string Stage, double CpuMillisecondsPerArticle, double CpuShare, double MillisecondsPerArticle, double AllocatedPerArticle, double AllocationShare);

/// <summary>
/// Where the pipeline's time and allocations go: every stage of one article run in turn on the
/// calling thread, each between two stopwatch and allocation readings. Measured apart from the
/// shipped pipeline, so its hot path carries no hooks.
/// </summary>
internal sealed class StageProfile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly List<string> _names = [];
    private long[] _ticks = new long[32];
    private long[] _cpu = new long[32];
    private long[] _bytes = new long[32];
    private int _stage;

    private long _wholeTicks;
    private long _wholeCpu;
    private long _wholeBytes;

    private StageProfile(string corpus) => CorpusPath = corpus;

    public string CorpusPath { get; }

    public int Articles { get; private set; }

    /// <summary><c>Analyze</c> itself on each article just after its stages, to check they add up to it.</summary>
    public double WholeMillisecondsPerArticle => _wholeTicks * 1000.0 / Stopwatch.Frequency / Articles;

    public double WholeCpuMillisecondsPerArticle => _wholeCpu / 1e6 / Articles;

    public double WholeAllocatedPerArticle => (double)_wholeBytes / Articles;

    /// <summary>Share of the run the GC paused it; each stage's time includes the collections its allocations brought on.</summary>
    public double GcShare { get; private set; }

    public IReadOnlyList<StageCost> Costs
    {
        get
        {
            var totalCpu = (double)_cpu.Sum();
            var totalBytes = (double)_bytes.Sum();
            return [.. _names.Select((name, i) => new StageCost(name, _cpu[i] / 1e6 / Articles, _cpu[i] / totalCpu,
                _ticks[i] * 1000.0 / Stopwatch.Frequency / Articles, (double)_bytes[i] / Articles, _bytes[i] / totalBytes))];
        }
    }

    public static StageProfile Run(string path, string? language, double megabytes, double warmUpSeconds)
    {
        var source = Corpus.Read(path, language);
        var corpus = source.RepeatedTo(megabytes);
        var stages = Stages.Load();
        var warm = new StageProfile(path);
        Measure.WarmUp(source.Articles, article => warm.Article(stages, article), warmUpSeconds);

        var profile = new StageProfile(Path.GetFullPath(path));
        var pause = GC.GetTotalPauseDuration();
        var started = Stopwatch.GetTimestamp();
        foreach (var article in corpus.Articles)
        {
            profile.Article(stages, article);
        }

        profile.GcShare = (GC.GetTotalPauseDuration() - pause) / Stopwatch.GetElapsedTime(started);
        return profile;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine(Invariant($"stage profile: {Articles:N0} articles of {CorpusPath}, single-threaded, load average {Machine.LoadAverage() ?? "n/a"}"));
        output.WriteLine(Invariant($"{"stage",-34} {(ThreadClock.IsCpuTime ? "CPU ms/art" : "ms/article"),11} {"share",7} {"wall ms/art",12} {"KiB/article",12} {"alloc",7}"));
        var costs = Costs;
        foreach (var c in costs)
        {
            output.WriteLine(Invariant($"{c.Stage,-34} {c.CpuMillisecondsPerArticle,11:F3} {c.CpuShare,7:P1} {c.MillisecondsPerArticle,12:F3} {c.AllocatedPerArticle / 1024,12:F1} {c.AllocationShare,7:P1}"));
        }

        output.WriteLine(Invariant($"{"sum of stages",-34} {costs.Sum(c => c.CpuMillisecondsPerArticle),11:F3} {"",7} {costs.Sum(c => c.MillisecondsPerArticle),12:F3} {costs.Sum(c => c.AllocatedPerArticle) / 1024,12:F1}"));
        output.WriteLine(Invariant($"{"Analyze, whole (same articles)",-34} {WholeCpuMillisecondsPerArticle,11:F3} {"",7} {WholeMillisecondsPerArticle,12:F3} {WholeAllocatedPerArticle / 1024,12:F1}"));
        output.WriteLine(Invariant($"GC pauses: {GcShare:P1} of the run (inside the stages' times)"));
    }

    public void WriteJson(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var document = new { measured = TimeProvider.System.GetUtcNow(), machine = Machine.Current(), load_average = Machine.LoadAverage(), corpus = CorpusPath, articles = Articles,
            cpu_time = ThreadClock.IsCpuTime, whole_cpu_ms_per_article = WholeCpuMillisecondsPerArticle, whole_ms_per_article = WholeMillisecondsPerArticle, whole_allocated_per_article = WholeAllocatedPerArticle, gc_share = GcShare, stages = Costs };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }

    /// <summary>One article through every stage, in the pipeline's order (which stops after the text for a language it does not extract); returns its event count.</summary>
    private int Article(Stages s, Article article)
    {
        _stage = 0;
        Articles++;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadClock.Nanoseconds();
        var started = Stopwatch.GetTimestamp();
        s.Pipeline.Analyze(article);
        _wholeTicks += Stopwatch.GetTimestamp() - started;
        _wholeCpu += ThreadClock.Nanoseconds() - cpu;
        _wholeBytes += GC.GetAllocatedBytesForCurrentThread() - allocated;

        var doc = Step("text: normalise, tokenise, split", () => Stages.Document(article));
        if (!MarsadPipeline.Supported.Contains(doc.Language))
        {
            return 0;
        }

        Step("text: clitic readings", () => Stages.Readings(doc));
        var dates = Step("dates: recognise", () => s.Dates.Recognize(doc));
        var documentDate = Step("dates: document date", () => DateRecognizer.InferDocumentDate(doc, dates, article.Published, article.Retrieved, article.Published is null ? s.Dates.FindEras(doc) : []));
        var numbers = Step("numbers", () => s.Numbers.Recognize(doc));
        var countries = Step("countries", () => s.Countries.Recognize(doc));
        var triggers = Step("triggers", () => s.Triggers.Recognize(doc));
        var actors = Step("actors", () => s.Actors.Recognize(doc));
        var places = Step("places: recognise", () => s.Places(doc, triggers, actors, numbers));
        var context = Step("places: context", () => s.Geocoder.Context(doc, places));
        Step("places: resolve", () => s.Resolve(places, context));
        var claimed = Stages.Claimed(doc, actors.Select(a => (a.FirstToken, a.EndToken)).Concat(triggers.Select(t => (t.FirstToken, t.EndToken)))
            .Concat(numbers.Select(n => (n.FirstToken, n.EndToken))).Concat(countries.Select(c => (c.FirstToken, c.EndToken)))
            .Concat(dates.Select(d => (d.FirstToken, d.EndToken))).Concat(places.Where(p => p.Candidates.Length > 0).Select(p => (p.NameFirstToken, p.NameEndToken))));
        Step("persons", () => s.Persons.Recognize(doc, claimed, actors));
        Step("money", () => s.Money.Recognize(doc, numbers));
        Step("cues", () => s.Cues.Recognize(doc));
        Step("dates: background cues", () => s.Dates.FindBackgroundCues(doc));
        Step("dates: resolve", () => documentDate.Reference is { } day ? DateRecognizer.ResolveAll(dates, day).Length : 0);

        // Assembly reads the pipeline's own layers (built untimed), so it sees exactly what Analyze gives it.
        var (layers, _, _) = s.Pipeline.Layers(Stages.Document(article), article.Published, article.Retrieved);
        layers = Step("layers: clauses, look-ups", () => s.Rebuild(layers));
        var incidents = Step("events: frames and incidents", () => s.Pipeline.Assembler.Incidents(layers));
        var events = Step("events: assemble", () => s.Pipeline.Assembler.Assemble(layers, incidents, article));
        Step("relations", () => s.Relations.Begin(layers, article.Id).Complete(incidents, events));
        return events.Length;
    }

    private T Step<T>(string name, Func<T> stage)
    {
        if (_stage == _names.Count)
        {
            _names.Add(name);
            if (_names.Count > _ticks.Length)
            {
                Array.Resize(ref _ticks, _ticks.Length * 2);
                Array.Resize(ref _cpu, _cpu.Length * 2);
                Array.Resize(ref _bytes, _bytes.Length * 2);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadClock.Nanoseconds();
        var started = Stopwatch.GetTimestamp();
        var result = stage();
        _ticks[_stage] += Stopwatch.GetTimestamp() - started;
        _cpu[_stage] += ThreadClock.Nanoseconds() - cpu;
        _bytes[_stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
        _stage++;
        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
