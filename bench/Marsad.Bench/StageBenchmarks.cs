using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Marsad.Events.Assembly;
using Marsad.Text;
using Perfolizer.Horology;

namespace Marsad.Bench;

/// <summary>
/// Each stage on its own over a few articles (one operation = all of them), with allocations, so a
/// hot spot shows in the stage that has it. Recognisers run on the documents and layers the pipeline
/// built (their clitic readings already cached; <see cref="Readings"/> measures filling that cache).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks : IDisposable
{
    /// <summary>How many articles one operation covers.</summary>
    public const int Articles = 5;

    private const string CorpusVariable = "MARSAD_BENCH_CORPUS";

    // Loaded once for every benchmark of the run (they share this process): loading is seconds, not the subject.
    private static readonly Lazy<Stages> Loaded = new(Stages.Load);

    private Stages _stages = null!;
    private LuceneBaseline _lucene = null!;
    private Article[] _articles = [];
    private string[] _folded = [];
    private TextDocument[] _docs = [];
    private bool[][] _claimed = [];
    private MentionLayers[] _layers = [];
    private List<Incident>[] _incidents = [];

    /// <summary>Runs the benchmarks on the corpus at <paramref name="path"/>; <paramref name="options"/> go to BenchmarkDotNet (e.g. <c>--filter *Geocode*</c>).</summary>
    public static void Run(string path, string[] options)
    {
        Environment.SetEnvironmentVariable(CorpusVariable, Path.GetFullPath(path));

        // Short runs in this process: a few minutes for every stage on a loaded two-core machine.
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(200));
        var config = DefaultConfig.Instance.AddJob(job).AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkRunner.Run<StageBenchmarks>(config, options);
    }

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable(CorpusVariable) ?? throw new InvalidOperationException($"{CorpusVariable} is not set: run through 'micro PATH'");
        _stages = Loaded.Value;
        _lucene = new LuceneBaseline();
        _articles = [.. Corpus.Read(path, "ar").Sample(Articles)];
        _folded = [.. _articles.Select(a => NormalizedText.Create(a.Text).Value)];
        _layers = [.. _articles.Select(a => _stages.Pipeline.Layers(Stages.Document(a), a.Published, a.Retrieved).Layers)];
        _incidents = [.. _layers.Select(_stages.Pipeline.Assembler.Incidents)];
        _docs = [.. _layers.Select(l => l.Doc)];
        foreach (var doc in _docs)
        {
            Stages.Readings(doc);
        }

        _claimed = [.. _layers.Select(l => Stages.Claimed(l.Doc, l.Actors.Select(a => (a.FirstToken, a.EndToken)).Concat(l.Triggers.Select(t => (t.FirstToken, t.EndToken)))
            .Concat(l.Numbers.Select(n => (n.FirstToken, n.EndToken))).Concat(l.Countries.Select(c => (c.FirstToken, c.EndToken))).Concat(l.Dates.Select(d => (d.FirstToken, d.EndToken)))))];
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _lucene?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "Lucene ArabicAnalyzer (baseline)")]
    public int Lucene() => _articles.Sum(a => _lucene.Tokens(a.Text));

    [Benchmark(Description = "text: normalise")]
    public int Normalise() => _articles.Sum(a => NormalizedText.Create(a.Text).Value.Length);

    [Benchmark(Description = "text: tokenise")]
    public int Tokenise() => _folded.Sum(f => Tokenizer.Tokenize(f).Length);

    [Benchmark(Description = "text: document (normalise, tokenise, split, detect)")]
    public int Document() => _articles.Sum(a => Stages.Document(a).Tokens.Length);

    [Benchmark(Description = "text: clitic readings of every token")]
    public int Readings() => _articles.Sum(a => Stages.Readings(Stages.Document(a)));

    [Benchmark(Description = "dates")]
    public int Dates() => _docs.Sum(d => _stages.Dates.Recognize(d).Length + _stages.Dates.FindBackgroundCues(d).Length);

    [Benchmark(Description = "numbers and money")]
    public int Numbers() => _docs.Sum(d => _stages.Money.Recognize(d, _stages.Numbers.Recognize(d)).Length);

    [Benchmark(Description = "countries")]
    public int Countries() => _docs.Sum(d => _stages.Countries.Recognize(d).Length);

    [Benchmark(Description = "triggers")]
    public int Triggers() => _docs.Sum(d => _stages.Triggers.Recognize(d).Length);

    [Benchmark(Description = "actors")]
    public int Actors() => _docs.Sum(d => _stages.Actors.Recognize(d).Length);

    [Benchmark(Description = "persons")]
    public int Persons() => _docs.Select((d, i) => _stages.Persons.Recognize(d, _claimed[i], _layers[i].Actors)).Sum(p => p.Length);

    [Benchmark(Description = "cues")]
    public int Cues() => _docs.Sum(d => _stages.Cues.Recognize(d).Length);

    [Benchmark(Description = "geocode: recognise, context, resolve")]
    public int Geocode() => _layers.Sum(l =>
    {
        var places = _stages.Places(l.Doc, l.Triggers, l.Actors, l.Numbers);
        return _stages.Resolve(places, _stages.Geocoder.Context(l.Doc, places));
    });

    [Benchmark(Description = "events: frames and incidents")]
    public int Incidents() => _layers.Sum(l => _stages.Pipeline.Assembler.Incidents(l).Count);

    [Benchmark(Description = "events: assemble, relations")]
    public int Assemble() => _layers.Select((l, i) =>
    {
        var events = _stages.Pipeline.Assembler.Assemble(l, _incidents[i], _articles[i]);
        return events.Length + _stages.Relations.Begin(l, _articles[i].Id).Complete(_incidents[i], events).Length;
    }).Sum();

    [Benchmark(Baseline = true, Description = "Analyze (whole pipeline)")]
    public int Analyze() => _articles.Sum(a => _stages.Pipeline.Analyze(a).Events.Length);
}
