using System.Text;
using System.Text.Json;
using Marsad.Dedup;
using Marsad.Events;
using Marsad.Export;
using Marsad.Tests.Dedup;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using Parquet.Serialization;

namespace Marsad.Tests.Export;

public class ExporterTests
{
    private static readonly DateTimeOffset ExportedAt = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    private static EventCluster[] Clusters()
    {
        var dedup = new Deduplicator();
        var abduction = Reports.Ambush("c", null) with
        {
            EventType = AcledTaxonomy.ViolenceAgainstCivilians, SubEventType = "Abduction/forced disappearance",
            Actor2 = "Civilians (Mali)", Actor2Kind = ActorKinds.Civilians, CivilianTargeting = true, Abducted = 3,
            RansomAmount = 20_000_000m, RansomCurrency = "XOF", Notes = "Gunmen seized three civilians, \"for ransom\", east of Gao.",
            Evidence = [new TextSpan(0, 40)],
        };
        return [.. dedup.Cluster([Reports.Keyed(Reports.Ambush("a", 12)), Reports.Keyed(Reports.Ambush("b", 20)), Reports.Keyed(abduction)])];
    }

    [Fact]
    public async Task AcledCsv_Header_IsAcledColumnList()
    {
        var lines = (await Export(ExportFormat.AcledCsv)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', AcledColumns), lines[0]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task AcledCsv_Rows_AcledSpellingsCodesAndDefaults()
    {
        var rows = ParseCsv(await Export(ExportFormat.AcledCsv)).Skip(1).Select(r => AcledColumns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        var battle = rows.Single(r => r["event_type"] == "Battles");
        var abduction = rows.Single(r => r["event_type"] == "Violence against civilians");

        Assert.All(rows, r => Assert.Equal(AcledColumns.Length, r.Count));
        Assert.Equal(("2025-02-11", "2025", "Political violence", "12", "466", "Western Africa"),
            (battle["event_date"], battle["year"], battle["disorder_type"], battle["fatalities"], battle["iso"], battle["region"]));
        Assert.Equal(("2", "1", "12"), (battle["inter1"], battle["inter2"], battle["interaction"]));
        Assert.StartsWith("MLI", battle["event_id_cnty"], StringComparison.Ordinal);
        Assert.Equal(("0", "Civilian targeting", "27"), (abduction["fatalities"], abduction["civilian_targeting"], abduction["interaction"]));
        Assert.Contains("\"for ransom\"", abduction["notes"], StringComparison.Ordinal);
        Assert.Equal("16.2717", battle["latitude"]);
    }

    [Fact]
    public void CodedFatalities_DeathsWithoutFigure_AcledDefaultWithNote()
    {
        var e = Reports.Ambush("a", null) with
        {
            FieldEvidence = System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<TextSpan>>.Empty.Add("fatalities", [new TextSpan(3, 9)]),
        };

        Assert.Equal((10, "unknown fatalities coded as 10"), AcledCsvWriter.CodedFatalities(e));
    }

    [Fact]
    public async Task JsonLines_EachLineAnObjectWithExtensionsAndNestedEvidence()
    {
        var lines = (await Export(ExportFormat.JsonLines)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var abduction = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(o => o.GetProperty("abducted").ValueKind == JsonValueKind.Number);

        Assert.Equal(2, lines.Length);
        Assert.Equal(JsonValueKind.Null, abduction.GetProperty("fatalities").ValueKind);
        Assert.Equal(("XOF", 20_000_000d), (abduction.GetProperty("ransom_currency").GetString(), abduction.GetProperty("ransom_amount").GetDouble()));
        Assert.Equal(40, abduction.GetProperty("evidence")[0].GetProperty("spans")[0][1].GetInt32());
    }

    [Fact]
    public async Task GeoJson_ParsesAsFeatureCollectionOfPoints()
    {
        var json = await Export(ExportFormat.GeoJson);
        var collection = JsonSerializer.Deserialize<FeatureCollection>(json, GeoJsonOptions)!;

        Assert.Equal(2, collection.Count);
        var point = collection[0].Geometry;
        Assert.Equal((Reports.GaoLon, Reports.GaoLat), (Math.Round(point.Coordinate.X, 4), Math.Round(point.Coordinate.Y, 4)));
        Assert.Equal("Political violence", collection[0].Attributes["disorder_type"]);
        Assert.Equal("FeatureCollection", JsonDocument.Parse(json).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Parquet_ReadBack_SameRows()
    {
        using var stream = new MemoryStream();
        await Exporter.WriteAsync(ExportFormat.Parquet, Clusters(), stream, ExportedAt);
        stream.Position = 0;

        var table = await ParquetSerializer.DeserializeUntypedAsync(stream, new Parquet.ParquetOptions { UseDateOnlyTypeForDates = true });
        var rows = table.Data;

        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => (string?)r["event_type"] == "Battles" && (int?)r["fatalities"] == 12 && r["event_date"] is DateOnly { Day: 11 });
        Assert.Contains(rows, r => (int?)r["abducted"] == 3 && r.GetValueOrDefault("fatalities") is null);
        Assert.Equal("event_id_cnty", table.Schema.Fields[0].Name);
    }

    [Theory]
    [InlineData("acled-csv", ExportFormat.AcledCsv)]
    [InlineData("jsonl", ExportFormat.JsonLines)]
    [InlineData("GeoJSON", ExportFormat.GeoJson)]
    [InlineData("parquet", ExportFormat.Parquet)]
    public void ParseFormat_KnownNames(string name, ExportFormat expected) => Assert.Equal(expected, Exporter.ParseFormat(name));

    private static async Task<string> Export(ExportFormat format)
    {
        using var stream = new MemoryStream();
        await Exporter.WriteAsync(format, Clusters(), stream, ExportedAt);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // A small RFC 4180 reader: enough to check what the writer quotes.
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else { field.Append(c); }
        }

        return rows;
    }
}
