using Marsad.Pipeline;

namespace Marsad.Cli.Output;

/// <summary>Where extracted events go: JSON Lines, CSV or a terminal table.</summary>
internal abstract class EventSink
{
    public static EventSink Create(string format, TextWriter output) => format switch
    {
        "jsonl" => new JsonLinesSink(output),
        "csv" => new CsvSink(output),
        "table" => new TableSink(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };

    public abstract void Write(ArticleAnalysis analysis);

    /// <summary>Called once after the last article.</summary>
    public virtual void Complete()
    {
    }
}
