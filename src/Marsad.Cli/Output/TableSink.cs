using System.Globalization;
using Marsad.Pipeline;
using Spectre.Console;

namespace Marsad.Cli.Output;

/// <summary>
/// A terminal table of the events with the Arabic evidence beside them. Arabic runs are wrapped in
/// Unicode directional isolates (RLI … PDI), kept in logical order, so a bidi-aware terminal shows
/// them right to left without scrambling the columns around them.
/// </summary>
internal sealed class TableSink(TextWriter output) : EventSink
{
    private const int SnippetLength = 70;
    private const char RightToLeftIsolate = '\u2067';
    private const char PopDirectionalIsolate = '\u2069';
    private readonly Table _table = new Table().Border(TableBorder.Rounded)
        .AddColumns("article", "date", "type / sub-type", "actor 1", "actor 2", "place", "killed", "abducted", "evidence");

    public override void Write(ArticleAnalysis analysis)
    {
        foreach (var e in analysis.Events)
        {
            var text = analysis.Article.Text;
            var snippet = e.Evidence.IsEmpty ? "" : Snippet(text[e.Evidence[0].Start..e.Evidence[0].End]);
            _table.AddRow(
                Markup.Escape(analysis.Article.Id),
                Markup.Escape(e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?") + (e.Historical ? "\n[grey](background)[/]" : ""),
                Markup.Escape($"{e.EventType}\n{e.SubEventType}"),
                Markup.Escape(e.Actor1 ?? ""),
                Markup.Escape(e.Actor2 ?? ""),
                Markup.Escape(string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.OfType<string>().Distinct())),
                Markup.Escape(e.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                Markup.Escape(e.Abducted?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                Markup.Escape(snippet));
        }
    }

    public override void Complete()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Write(_table);
        output.Flush();
    }

    private static string Snippet(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length > SnippetLength)
        {
            flat = flat[..SnippetLength] + "…";
        }

        return flat.Any(c => c is >= '\u0600' and <= '\u06FF') ? $"{RightToLeftIsolate}{flat}{PopDirectionalIsolate}" : flat;
    }
}
