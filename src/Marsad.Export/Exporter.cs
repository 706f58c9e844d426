using System.Text;
using Marsad.Dedup;

namespace Marsad.Export;

/// <summary>The export formats.</summary>
public enum ExportFormat
{
    /// <summary>ACLED's CSV columns, in ACLED's order, with ACLED's fatality defaults.</summary>
    AcledCsv,

    /// <summary>JSON Lines with ACLED's columns and Marsad's extensions (abducted, ransom, historical, confidence, evidence).</summary>
    JsonLines,

    /// <summary>A GeoJSON FeatureCollection of points with every column as a property.</summary>
    GeoJson,

    /// <summary>Apache Parquet with every column.</summary>
    Parquet,
}

/// <summary>Writes events (deduplicated clusters, or single reports) in an export format.</summary>
public static class Exporter
{
    public static ExportFormat? ParseFormat(string name) => name.ToLowerInvariant() switch
    {
        "acled-csv" or "csv" => ExportFormat.AcledCsv,
        "jsonl" => ExportFormat.JsonLines,
        "geojson" => ExportFormat.GeoJson,
        "parquet" => ExportFormat.Parquet,
        _ => null,
    };

    /// <summary>Writes <paramref name="clusters"/> to <paramref name="output"/>; <paramref name="exportedAt"/> fills ACLED's timestamp column.</summary>
    public static async Task WriteAsync(ExportFormat format, IEnumerable<EventCluster> clusters, Stream output, DateTimeOffset exportedAt)
    {
        switch (format)
        {
            case ExportFormat.AcledCsv:
            case ExportFormat.JsonLines:
                await using (var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
                {
                    if (format == ExportFormat.AcledCsv)
                    {
                        AcledCsvWriter.Write(clusters, writer, exportedAt);
                    }
                    else
                    {
                        JsonLinesWriter.Write(clusters, writer, exportedAt);
                    }
                }

                break;
            case ExportFormat.GeoJson:
                GeoJsonWriter.Write(clusters, output, exportedAt);
                break;
            case ExportFormat.Parquet:
                await ParquetExportWriter.WriteAsync(clusters, output, exportedAt);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format");
        }
    }
}
