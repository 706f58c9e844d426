using Marsad.Cli.Output;
using Marsad.Ingest;
using Marsad.Pipeline;

namespace Marsad.Cli.Commands;

/// <summary>
/// One extraction over a stream of source items: articles are analysed in parallel and written in
/// input order; every problem goes to standard error as <c>file:line: …</c> and the run goes on.
/// </summary>
internal sealed class ExtractRun(MarsadPipeline pipeline, EventSink sink, TextWriter stderr, int jobs)
{
    public int Process(IEnumerable<SourceItem> items)
    {
        var failed = 0;
        var results = items
            .AsParallel().AsOrdered().WithDegreeOfParallelism(jobs)
            .Select(item => (Item: item, Analysis: item.Article is null ? null : pipeline.Analyze(item.Article)));
        foreach (var (item, analysis) in results)
        {
            foreach (var problem in item.Problems)
            {
                stderr.WriteLine(problem);
                failed += problem.IsError ? 1 : 0;
            }

            if (analysis is null)
            {
                continue;
            }

            foreach (var diagnostic in analysis.Diagnostics)
            {
                stderr.WriteLine($"{item.Source}{(item.Line is { } n ? $":{n}" : "")}: warning: article '{analysis.Article.Id}': {diagnostic.Code} {diagnostic.Message}");
            }

            sink.Write(analysis);
        }

        sink.Complete();
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}
