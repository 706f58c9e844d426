using System.CommandLine;
using System.Globalization;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad sources</c>: each watched source's last poll, items and errors, as <c>marsad watch</c> left them in the store.</summary>
public static class SourcesCommand
{
    public static Command Create(TextWriter output)
    {
        var db = StoreArguments.Db();
        var command = new Command("sources", "The watched feeds and pages: last poll, last success, failures, next poll, items ingested, last error") { db };
        command.SetAction(result => StoreArguments.WithExistingStore(result.GetValue(db)!, store =>
        {
            using var ledger = SourceLedger.Open(store);
            Write(ledger.List(), output);
            return StoreArguments.Ok;
        }));
        return command;
    }

    private static void Write(IReadOnlyList<SourceRecord> sources, TextWriter output)
    {
        if (sources.Count == 0)
        {
            output.WriteLine("no source watched yet (marsad watch FEEDS)");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("source", "last poll", "last success", "failures", "next poll", "items", "last error");
        foreach (var source in sources)
        {
            table.AddRow(
                Markup.Escape(source.Url), Time(source.LastPoll), Time(source.LastSuccess),
                source.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture),
                Time(source.NextPoll), source.ItemsIngested.ToString(CultureInfo.InvariantCulture), Markup.Escape(source.LastError ?? ""));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            console.Profile.Width = 200; // a file or pipe has no width: keep URLs and errors on one line
        }

        console.Write(table);
        output.Flush();
    }

    private static string Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-";
}
