using System.CommandLine;
using System.Globalization;
using Marsad.Dedup;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad events</c>: the stored incidents (or raw events) matching the filters, as a terminal table.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var db = StoreArguments.Db();
        var limit = new Option<int>("--limit") { Description = "Show at most this many rows (0: all)", DefaultValueFactory = _ => 100 };
        var filters = new FilterOptions();
        var command = new Command("events", "List the stored events, deduplicated, with filters") { db, limit };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            if (filters.Filter(result) is not { } filter)
            {
                return StoreArguments.UsageError;
            }

            using var store = StoreArguments.OpenExisting(StoreArguments.Location(result.GetValue(db)));
            if (store is null)
            {
                return StoreArguments.SomeInputsFailed;
            }

            var rows = filters.Raw(result) ? store.Events(filter).Select(EventCluster.OfReport) : store.Clusters(filter);
            var max = result.GetValue(limit);
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("date", "type / sub-type", "actor 1", "actor 2", "location", "fatalities", "sources", "id");
            var shown = 0;
            var total = 0;
            foreach (var cluster in rows)
            {
                total++;
                if (max > 0 && shown >= max)
                {
                    continue;
                }

                shown++;
                var e = cluster.Event;
                table.AddRow(
                    Markup.Escape(e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"),
                    Markup.Escape($"{e.EventType}\n{e.SubEventType}"),
                    Markup.Escape(e.Actor1 ?? ""),
                    Markup.Escape(e.Actor2 ?? ""),
                    Markup.Escape(string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.OfType<string>().Distinct())),
                    Markup.Escape(e.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "-"),
                    Markup.Escape(string.Join("\n", cluster.Sources.Select(s => s.Source ?? s.Key.ArticleId).Distinct())),
                    Markup.Escape(cluster.Id));
            }

            AnsiConsole.Write(table);
            Console.WriteLine(shown < total ? $"{shown} of {total} shown (--limit 0 for all)" : $"{total} events");
            return StoreArguments.Ok;
        });
        return command;
    }
}
