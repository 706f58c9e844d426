using System.Net;
using System.Text.Json;
using Marsad.Cli.Commands;
using Marsad.Pipeline;
using Marsad.Resources;
using Marsad.Tests.Store;

namespace Marsad.Tests.Web;

/// <summary>Downloads of the current selection, a store another worker writes while it is served, and a store the real pipeline filled, on each engine.</summary>
public abstract class ExportAndPipelineContract(ITestBackend backend)
{
    [SkippableFact]
    public async Task Export_AcledCsvOfTheFilteredSelection_Attachment()
    {
        await using var site = await SampleSite.StartAsync(inMemory: true, backend: backend);
        using var response = await site.Client().GetAsync("/api/export?format=acled-csv&country=Niger");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("""^attachment; filename="marsad-\d{8}-\d{6}\.csv"$""", response.Content.Headers.ContentDisposition?.ToString());
        Assert.StartsWith("event_id_cnty,event_date,year,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [SkippableFact]
    public async Task Export_GeoJson_EveryIncidentAFeatureUnplacedWithoutGeometry()
    {
        await using var site = await SampleSite.StartAsync(inMemory: true, backend: backend);
        var collection = JsonDocument.Parse(await site.Client().GetStringAsync("/api/export?format=geojson")).RootElement;
        var features = collection.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        Assert.Equal(SampleStore.Incidents, features.Count);
        Assert.Equal(SampleStore.Incidents - SampleStore.Placed, features.Count(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Null));
    }

    [SkippableFact]
    public async Task Export_UnknownFormat_400()
    {
        await using var site = await SampleSite.StartAsync(inMemory: true, backend: backend);
        using var response = await site.Client().GetAsync("/api/export?format=xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task Events_AnotherWorkerCommitsWhileServing_TheNextRequestSeesIt()
    {
        await using var site = await SampleSite.StartAsync(inMemory: true, backend: backend);
        var client = site.Client();
        var before = JsonDocument.Parse(await client.GetStringAsync("/api/events")).RootElement.GetProperty("total").GetInt32();
        const string text = "Des hommes armés ont attaqué le marché de Ménaka le 2 avril 2025.";

        using (var worker = Marsad.Store.MarsadStore.Open(site.StoreLocation))
        {
            worker.Save(TempStore.Analysis("worker-menaka", text, Dedup.Reports.Ambush("worker-menaka", 3, new DateOnly(2025, 4, 2)) with { Location = "Menaka", Latitude = 15.92, Longitude = 2.40 }), "worker");
        }

        var after = JsonDocument.Parse(await client.GetStringAsync("/api/events")).RootElement;
        Assert.Equal(before + 1, after.GetProperty("total").GetInt32());
        Assert.Equal("Menaka", after.GetProperty("rows")[0].GetProperty("location").GetString());
    }

    [SkippableFact]
    public async Task Page_StoreFilledByThePipeline_ServesItsEventsWithEvidenceInTheArticle()
    {
        var pipeline = MarsadPipeline.Load(ResourceStore.Embedded);
        var article = new Article { Id = "pipeline-ambush", Text = SampleStore.AmbushText, Published = new DateOnly(2025, 2, 10), Source = "Sahel Post" };
        await using var site = await SampleSite.StartAsync(inMemory: true, fill: store => store.Save(pipeline.Analyze(article), "pipeline"), backend: backend);
        var client = site.Client();

        var page = JsonDocument.Parse(await client.GetStringAsync("/api/events")).RootElement;
        var rows = page.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(page.GetProperty("total").GetInt32(), rows.Count);
        foreach (var row in rows)
        {
            var source = JsonDocument.Parse(await client.GetStringAsync($"/api/events/{row.GetProperty("id").GetString()}")).RootElement.GetProperty("sources")[0];
            Assert.Equal(SampleStore.AmbushText, source.GetProperty("article").GetProperty("text").GetString());
            Assert.All(source.GetProperty("evidence").EnumerateArray(), span => Assert.InRange(span[1].GetInt32(), span[0].GetInt32() + 1, SampleStore.AmbushText.Length));
        }
    }
}

public sealed class SqliteExportAndPipelineTests() : ExportAndPipelineContract(new SqliteTestBackend());

public sealed class PostgresExportAndPipelineTests(PostgresTestBackend backend) : ExportAndPipelineContract(backend), IClassFixture<PostgresTestBackend>;

/// <summary><c>marsad serve</c>'s arguments, checked before any store is opened.</summary>
public sealed class ServeArgumentsTests
{
    [Theory]
    [InlineData(new[] { "--host", "localhost" }, StoreArguments.UsageError)]
    [InlineData(new[] { "--port", "70000" }, StoreArguments.UsageError)]
    [InlineData(new[] { "--db", "no-such-store.db" }, StoreArguments.SomeInputsFailed)]
    public void Serve_BadArgumentsOrNoStore_ExitCodeWithoutServing(string[] args, int expected)
    {
        Assert.Equal(expected, ServeCommand.Create().Parse([.. args, .. args.Contains("--db") ? [] : new[] { "--db", "no-such-store.db" }]).Invoke());
    }
}
