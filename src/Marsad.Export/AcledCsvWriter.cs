using System.Globalization;
using System.Text;
using Marsad.Dedup;
using Marsad.Events;

namespace Marsad.Export;

/// <summary>
/// ACLED's CSV: ACLED's columns in ACLED's order and nothing else, so tools built for ACLED files
/// read it as they are. Fatalities follow ACLED's defaults (see <see cref="CodedFatalities"/>).
/// </summary>
internal static class AcledCsvWriter
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static void Write(IEnumerable<EventCluster> clusters, TextWriter output, DateTimeOffset exportedAt)
    {
        output.Write(string.Join(',', Columns) + "\n");
        foreach (var cluster in clusters)
        {
            var row = ExportRows.From(cluster, exportedAt);
            var (fatalities, note) = CodedFatalities(cluster.Event);
            string?[] values =
            [
                row.EventIdCnty, row.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(row.Year), Number(row.TimePrecision),
                row.DisorderType, row.EventType, row.SubEventType, row.Actor1, row.AssocActor1, Number(row.Inter1 == 0 ? null : row.Inter1),
                row.Actor2, row.AssocActor2, Number(row.Inter2 == 0 ? null : row.Inter2), Number(row.Interaction == 0 ? null : row.Interaction),
                row.CivilianTargeting, Number(row.Iso), row.Region, row.Country, row.Admin1, row.Admin2, row.Admin3, row.Location,
                Coordinate(row.Latitude), Coordinate(row.Longitude), Number(row.GeoPrecision), row.Source, row.SourceScale,
                note is null ? row.Notes : $"{row.Notes} [{note}]".TrimStart(), Number(fatalities), row.Tags, Number(row.Timestamp),
            ];
            output.Write(string.Join(',', values.Select(Quote)) + "\n");
        }
    }

    /// <summary>
    /// ACLED codes a number for every event: no figure and no mention of deaths is 0; deaths
    /// reported without a figure take the default for a significant attack in a war zone, 10.
    /// </summary>
    public static (int Fatalities, string? Note) CodedFatalities(EventRecord e)
    {
        if (e.Fatalities is { } known)
        {
            return (known, null);
        }

        return e.FieldEvidence.TryGetValue("fatalities", out var spans) && !spans.IsDefaultOrEmpty
            ? (10, "unknown fatalities coded as 10")
            : (0, null);
    }

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Coordinate(double? value) => value?.ToString("0.0###", CultureInfo.InvariantCulture);

    // RFC 4180: quote fields holding a comma, quote or line break; double the quotes.
    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
