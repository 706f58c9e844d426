using System.Buffers;
using System.Text;
using System.Text.Json;
using Marsad.Interchange;
using Marsad.Pipeline;

namespace Marsad.Cli.Output;

/// <summary>The interchange format: one event a line, then the article's relations, one a line.</summary>
internal sealed class JsonLinesSink(TextWriter output) : EventSink
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public override void Write(ArticleAnalysis analysis)
    {
        foreach (var e in analysis.Events)
        {
            WriteLine(json => InterchangeJson.WriteEvent(json, e));
        }

        foreach (var relation in analysis.Relations)
        {
            WriteLine(json => InterchangeJson.WriteRelation(json, relation));
        }
    }

    public override void Complete() => output.Flush();

    private void WriteLine(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, InterchangeJson.WriterOptions))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        output.Write('\n');
    }
}
