using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>A live count of processed articles on the terminal (stderr), shown only when a person is watching.</summary>
internal static class IngestProgress
{
    /// <param name="ingest">Runs the ingest, calling the given callback (null when nobody watches) after each article.</param>
    /// <param name="summary">The counts the live line shows while the ingest fills them.</param>
    public static IngestSummary Run(Func<Action<int>?, IngestSummary> ingest, IngestSummary summary)
    {
        if (Console.IsErrorRedirected)
        {
            return ingest(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().AutoClear(true).Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn()).Start(context =>
        {
            var task = context.AddTask("articles: 0").IsIndeterminate();
            return ingest(n => task.Description = $"articles: {n} ({summary.New} new, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Failed} failed)");
        });
    }
}
