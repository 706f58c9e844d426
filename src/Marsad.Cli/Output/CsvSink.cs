using System.Globalization;
using Marsad.Events;
using Marsad.Pipeline;

namespace Marsad.Cli.Output;

/// <summary>
/// The interchange fields as CSV (RFC 4180), one event a row, for a spreadsheet. Evidence is
/// written as <c>start-end</c> pairs; the ACLED-column CSV is <c>marsad export --format acled-csv</c>.
/// </summary>
internal sealed class CsvSink : EventSink
{
    private static readonly string[] Header =
    [
        "article_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
        "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "abducted",
        "ransom_amount", "ransom_currency", "historical", "confidence", "evidence", "notes",
    ];

    private readonly TextWriter _output;

    public CsvSink(TextWriter output)
    {
        _output = output;
        WriteRow(Header);
    }

    public override void Write(ArticleAnalysis analysis)
    {
        foreach (var e in analysis.Events)
        {
            WriteRow(Row(e));
        }
    }

    public override void Complete() => _output.Flush();

    private static string?[] Row(EventRecord e) =>
    [
        e.ArticleId, e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Text(e.TimePrecision), e.EventType, e.SubEventType,
        e.Actor1, string.Join("; ", e.AssocActor1), e.Actor2, e.Country, e.Admin1, e.Admin2, e.Location, Text(e.Latitude), Text(e.Longitude),
        Text(e.GeoPrecision), Text(e.Fatalities), Text(e.Abducted), e.RansomAmount?.ToString(CultureInfo.InvariantCulture), e.RansomCurrency,
        e.Historical ? "true" : "false", Text(e.Confidence), string.Join(";", e.Evidence.Select(s => $"{s.Start}-{s.End}")), e.Notes,
    ];

    private static string? Text(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture);

    private void WriteRow(IEnumerable<string?> cells) =>
        _output.Write(string.Join(',', cells.Select(Quote)) + "\r\n");

    private static string Quote(string? cell) =>
        cell is null ? "" : cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
