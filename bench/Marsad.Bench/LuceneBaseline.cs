using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Marsad.Bench;

/// <summary>
/// The baseline: Lucene.Net's ArabicAnalyzer (letter tokenizer, normalisation, stop words, light
/// stemming) over the same text, each token stream consumed to the end as an indexer would.
/// </summary>
internal sealed class LuceneBaseline : IDisposable
{
    private readonly ArabicAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);

    /// <summary>Analyses one text; returns its token count so the work cannot be optimised away.</summary>
    public int Tokens(string text)
    {
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var count = 0;
        stream.Reset();
        while (stream.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        stream.End();
        return count;
    }

    public void Dispose() => _analyzer.Dispose();
}
