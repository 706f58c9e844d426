using System.CommandLine;
using Marsad.Dedup;
using Marsad.Export;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad export</c>: the dataset for other tools, deduplicated by default, to stdout or a file.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreArguments.Db();
        var format = new Option<string>("--format") { Description = "acled-csv, jsonl, geojson or parquet", DefaultValueFactory = _ => "acled-csv" };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var filters = new FilterOptions();
        var command = new Command("export", "Export the stored events as ACLED CSV, JSON Lines, GeoJSON or Parquet") { db, format, output };
        filters.AddTo(command);
        command.SetAction(async (result, cancellation) =>
        {
            if (Exporter.ParseFormat(result.GetValue(format)!) is not { } chosen)
            {
                Console.Error.WriteLine($"error: --format '{result.GetValue(format)}': use acled-csv, jsonl, geojson or parquet");
                return StoreArguments.UsageError;
            }

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
            var path = result.GetValue(output);
            await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            await Exporter.WriteAsync(chosen, rows, stream, TimeProvider.System.GetUtcNow());
            return StoreArguments.Ok;
        });
        return command;
    }
}
