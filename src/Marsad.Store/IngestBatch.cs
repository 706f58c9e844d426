using Marsad.Pipeline;

namespace Marsad.Store;

/// <summary>An article's analysis, or why it failed.</summary>
internal readonly record struct AnalysisResult(ArticleAnalysis? Analysis, string? Error);

/// <summary>A batch on its way to the store: its articles, those that looked unchanged (not analysed ahead), and the analyses of the others as the workers finish them.</summary>
internal sealed class IngestBatch
{
    private readonly TaskCompletionSource _analysed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;

    public IngestBatch(IngestItem[] items, string[] hashes, bool[] looksUnchanged)
    {
        Items = items;
        Hashes = hashes;
        LooksUnchanged = looksUnchanged;
        Results = new AnalysisResult[items.Length];
        _remaining = looksUnchanged.Count(unchanged => !unchanged);
        if (_remaining == 0)
        {
            _analysed.SetResult();
        }
    }

    public IngestItem[] Items { get; }

    /// <summary>Each article's content hash (<see cref="ArticleHash"/>).</summary>
    public string[] Hashes { get; }

    public bool[] LooksUnchanged { get; }

    public AnalysisResult[] Results { get; }

    /// <summary>Done when every article that did not look unchanged is analysed.</summary>
    public Task Analysed => _analysed.Task;

    /// <summary>The articles to analyse ahead of the writer.</summary>
    public IEnumerable<int> ToAnalyse => Enumerable.Range(0, Items.Length).Where(i => !LooksUnchanged[i]);

    /// <summary>Records an article's analysis; an article that looked unchanged (analysed by the writer) does not count towards <see cref="Analysed"/>.</summary>
    public void Complete(int index, AnalysisResult result)
    {
        Results[index] = result;
        if (!LooksUnchanged[index] && Interlocked.Decrement(ref _remaining) == 0)
        {
            _analysed.SetResult();
        }
    }
}
