using Marsad.Dedup;
using Parquet;
using Parquet.Serialization;

namespace Marsad.Export;

/// <summary>A Parquet file (pandas, R arrow, DuckDB): the export's columns with their types, dates as DATE.</summary>
internal static class ParquetExportWriter
{
    private static readonly ParquetOptions Options = new() { RowGroupSize = 50_000, UseDateOnlyTypeForDates = true };

    public static async Task WriteAsync(IEnumerable<EventCluster> clusters, Stream output, DateTimeOffset exportedAt)
    {
        var rows = clusters.Select(c => ExportRows.From(c, exportedAt));
        if (output.CanSeek)
        {
            await ParquetSerializer.SerializeAsync(rows, output, Options);
            return;
        }

        // The writer seeks while it lays out the file; a pipe (stdout) gets the finished bytes.
        using var buffer = new MemoryStream();
        await ParquetSerializer.SerializeAsync(rows, buffer, Options);
        buffer.Position = 0;
        await buffer.CopyToAsync(output);
    }
}
