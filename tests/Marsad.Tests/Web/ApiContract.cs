using System.Net;
using System.Text.Json;
using Marsad.Relations;
using Marsad.Tests.Store;
using Marsad.Web.Api;

namespace Marsad.Tests.Web;

/// <summary>The read-only JSON API over the sample store, in memory, on each engine.</summary>
public abstract class ApiContract(ApiSite site)
{
    private HttpClient _client => site.Client;

    private async Task<JsonElement> Get(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<PackedLayer> Layer(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PackedLayer.Read(await response.Content.ReadAsByteArrayAsync());
    }

    // Rows name their place, or their country when the place is unknown (null fields are left out).
    private static string[] Ids(JsonElement page) => [.. page.GetProperty("rows").EnumerateArray()
        .Select(r => (r.TryGetProperty("location", out var place) ? place : r.GetProperty("country")).GetString()!)];

    [SkippableFact]
    public async Task Events_NoFilter_EveryIncidentNewestFirst()
    {
        var page = await Get("/api/events");

        Assert.Equal(SampleStore.Incidents, page.GetProperty("total").GetInt32());
        Assert.Equal(["Niamey", "Djibo", "Tillaberi", "Gao", "Menaka", "Mali"], Ids(page));
        Assert.Equal(2, page.GetProperty("rows")[3].GetProperty("sources").GetInt32()); // the ambush, told by two outlets
        Assert.Equal(12, page.GetProperty("rows")[3].GetProperty("fatalities").GetInt32()); // the lower toll
    }

    [SkippableTheory]
    [InlineData("type=Battles", new[] { "Gao" })]
    [InlineData("type=violence%20against%20civilians", new[] { "Tillaberi", "Menaka" })]
    [InlineData("subType=Air/drone%20strike", new[] { "Djibo", "Mali" })]
    [InlineData("country=niger", new[] { "Niamey", "Tillaberi" })]
    [InlineData("country=Mali&admin1=Menaka", new[] { "Menaka", "Mali" })]
    [InlineData("since=2025-02-01&until=2025-02-28", new[] { "Tillaberi", "Gao" })]
    [InlineData("actor=jnim", new[] { "Gao" })]
    [InlineData("text=%D9%86%D8%B5%D8%B1%D9%87%20%D8%A7%D9%84%D8%A7%D8%B3%D9%84%D8%A7%D9%85", new[] { "Gao", "Mali" })] // نصره الاسلام: no hamza, ha for ta marbuta
    [InlineData("text=armee%20burkinabe", new[] { "Djibo" })] // French without accents
    [InlineData("text=JOURNALISTS", new[] { "Niamey" })]
    public async Task Events_Filter_NarrowsTheSelection(string query, string[] expected)
    {
        var page = await Get("/api/events?" + query);

        Assert.Equal(expected, Ids(page));
        Assert.Equal(expected.Length, page.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Events_SecondPageOfTwo_RowsAfterTheFirstTwo()
    {
        var page = await Get("/api/events?offset=2&limit=2");

        Assert.Equal((6, 2, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("offset").GetInt32(), page.GetProperty("limit").GetInt32()));
        Assert.Equal(["Tillaberi", "Gao"], Ids(page));
    }

    [SkippableFact]
    public async Task Events_SortedByFatalities_HighestFirst()
    {
        Assert.Equal(["Gao", "Djibo", "Tillaberi"], Ids(await Get("/api/events?sort=-fatalities&limit=3")));
    }

    [SkippableTheory]
    [InlineData("since=2025-13-01", "since '2025-13-01' is not a date (YYYY-MM-DD)")]
    [InlineData("until=yesterday", "until 'yesterday' is not a date (YYYY-MM-DD)")]
    [InlineData("since=2025-03-01&until=2025-02-01", "since (2025-03-01) is after until (2025-02-01)")]
    [InlineData("limit=0", "limit '0' is not a whole number from 1 to 500")]
    [InlineData("limit=501", "limit '501' is not a whole number from 1 to 500")]
    [InlineData("offset=-1", "offset '-1' is not a whole number from 0 to 2147483647")]
    [InlineData("type=Batles", "type 'Batles' is not an ACLED event type")]
    [InlineData("type=Protests&subType=Armed%20clash", "subType 'Armed clash' is not a sub-event type of Protests")]
    [InlineData("sort=place", "sort 'place' is not one of date, -date, fatalities, -fatalities, sources, -sources")]
    [InlineData("colour=red", "unknown parameter 'colour'")]
    [InlineData("type=Battles&type=Riots", "'type' is given 2 times; give it once")]
    public async Task Events_BadParameter_400NamingTheProblem(string query, string problem)
    {
        using var response = await _client.GetAsync("/api/events?" + query);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(problem, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Events_TextLongerThan200_400()
    {
        using var response = await _client.GetAsync("/api/events?text=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task Points_PlacedIncidentsInColumns_UnplacedCounted()
    {
        var layer = await Layer("/api/points");

        Assert.Equal((SampleStore.Placed, 1), (layer.Incidents.Count, layer.Unplaced));
        var gao = Assert.Single(layer.Incidents, p => Math.Abs(p.Latitude - 16.2717) < 1e-5);
        Assert.Equal((-0.0447, 0, 12), (Math.Round(gao.Longitude, 4), gao.Type, gao.Fatalities));
        Assert.Equal(-1, Assert.Single(layer.Incidents, p => Math.Abs(p.Latitude - 15.9182) < 1e-5).Fatalities); // the abduction: no deaths reported
        Assert.Equal((13.5137, -1.6306, 16.2717, 2.4022), layer.Bounds);
        Assert.Equal(SampleStore.Placed, layer.Incidents.Select(p => p.Id).Distinct().Count());
        Assert.Equal(12, (await Get($"/api/events/{gao.Id}")).GetProperty("event").GetProperty("fatalities").GetInt32());
    }

    [SkippableFact]
    public async Task Points_EveryZoom_EachPlacedIncidentShownOnce()
    {
        var layer = await Layer("/api/points");

        Assert.Equal(MapLayer.MaxZoom - MapLayer.MinZoom + 1, layer.Zooms.Count);
        Assert.All(layer.Zooms, zoom => Assert.Equal(SampleStore.Placed, zoom.Clusters.Sum(c => c.Size) + zoom.Alone.Count));
        var widest = layer.Zooms[0];
        Assert.Equal(SampleStore.Placed, Assert.Single(widest.Clusters).Size); // the whole Sahel is a few pixels across
        Assert.Empty(layer.Zooms[^1].Clusters); // towns apart at zoom 10
        Assert.All(layer.Zooms.SelectMany(z => z.Clusters), c => Assert.InRange(c.SplitsAt, MapLayer.MinZoom + 1, MapLayer.MaxZoom + 1));
    }

    [SkippableFact]
    public async Task Points_Filtered_OnlyTheSelection()
    {
        var layer = await Layer("/api/points?type=Battles");

        Assert.Equal((1, 0), (layer.Incidents.Count, layer.Unplaced));
        Assert.Equal(0, layer.Incidents[0].Type);
    }

    [SkippableFact]
    public async Task Timeline_WeeksFromMondayToMonday_CountsEveryDatedIncident()
    {
        var timeline = await Get("/api/timeline?country=Mali");
        var weeks = timeline.GetProperty("weeks").EnumerateArray().Select(w => DateOnly.Parse(w.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.DayOfWeek));
        Assert.All(weeks.Zip(weeks.Skip(1)), pair => Assert.Equal(7, pair.Second.DayNumber - pair.First.DayNumber));
        Assert.Equal((new DateOnly(2023, 6, 12), new DateOnly(2025, 2, 3)), (weeks[0], weeks[^1]));
        Assert.Equal(3, timeline.GetProperty("counts").EnumerateArray().SelectMany(s => s.EnumerateArray()).Sum(c => c.GetInt32()));
    }

    [SkippableFact]
    public async Task Timeline_OfAnActor_ItsIncidentsByType()
    {
        var timeline = await Get("/api/timeline?actor=" + Uri.EscapeDataString(SampleStore.IsSahel));
        var totals = timeline.GetProperty("counts").EnumerateArray().Select(s => s.EnumerateArray().Sum(c => c.GetInt32())).ToList();

        Assert.Equal([0, 2, 1, 0, 0, 0], totals); // the two strikes, the abduction
    }

    [SkippableFact]
    public async Task Event_Ambush_BothReportsWithTheirArticlesAndEvidenceInside()
    {
        var id = (await Get("/api/events?type=Battles")).GetProperty("rows")[0].GetProperty("id").GetString();

        var detail = await Get($"/api/events/{id}");
        var sources = detail.GetProperty("sources").EnumerateArray().ToList();

        Assert.Equal(12, detail.GetProperty("event").GetProperty("fatalities").GetInt32());
        Assert.Equal(["radio-gao-ambush", "sahel-post-ambush"], sources.Select(s => s.GetProperty("articleId").GetString()));
        var post = sources[1];
        var article = post.GetProperty("article");
        Assert.Equal(("ar", "rtl"), (article.GetProperty("lang").GetString(), article.GetProperty("dir").GetString()));
        var text = article.GetProperty("text").GetString()!;
        Assert.Equal(SampleStore.AmbushText, text);
        string Spanned(string field) => post.GetProperty("fields").GetProperty(field)[0] is var s ? text[s[0].GetInt32()..s[1].GetInt32()] : "";
        Assert.Equal(("قتل 12 جنديا", "جماعة نصرة الإسلام والمسلمين", "غاو"), (Spanned("fatalities"), Spanned("actor1"), Spanned("location")));
        Assert.EndsWith("وفق مصادر أمنية.", text[..post.GetProperty("evidence")[0][1].GetInt32()], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Event_UnknownId_404WithASentence()
    {
        using var response = await _client.GetAsync("/api/events/0123456789ab");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no event '0123456789ab'", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Network_RelationsWithEvidenceAndTheSidesOfIncidents()
    {
        var network = await Get("/api/network");
        var edges = network.GetProperty("edges").EnumerateArray().ToList();

        var defection = Assert.Single(edges, e => e.GetProperty("kind").GetString() == "defected_to");
        Assert.Equal(("أبو البراء الأزوادي", SampleStore.Jnim), (defection.GetProperty("source").GetString(), defection.GetProperty("target").GetString()));
        Assert.Equal("analysis-defections", defection.GetProperty("evidence")[0].GetProperty("articleId").GetString());
        Assert.Contains(edges, e => e.GetProperty("kind").GetString() == "killed_by");
        Assert.Contains(edges, e => e.GetProperty("kind").GetString() == "incidents" && e.GetProperty("source").GetString() == SampleStore.Jnim);
        Assert.Contains(network.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("name").GetString() == "أبو منصور التيلمسي" && n.GetProperty("events").GetInt32() == 0);
    }

    [SkippableFact]
    public async Task Actor_PersonWhoDefected_RelationsWithTheirSourcesAndACareer()
    {
        var actor = await Get("/api/actor?name=" + Uri.EscapeDataString("أبو البراء الأزوادي"));

        Assert.Equal("person", actor.GetProperty("kind").GetString());
        Assert.Equal(["أبو البراء الأزوادي"], actor.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(
            [(RelationPredicates.FormerlyMemberOf, SampleStore.IsSahel), (RelationPredicates.DefectedTo, SampleStore.Jnim)],
            actor.GetProperty("career").EnumerateArray().Select(s => (s.GetProperty("predicate").GetString(), s.GetProperty("object").GetString())));
        var source = actor.GetProperty("relations")[0].GetProperty("sources")[0];
        Assert.Equal(("analysis-defections", "Sahel Studies", "2025-02-01"), (source.GetProperty("articleId").GetString(), source.GetProperty("name").GetString(), source.GetProperty("published").GetString()));
        Assert.StartsWith("انشق عن تنظيم الدولة", source.GetProperty("words").GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("JNIM: GROUP FOR SUPPORT OF ISLAM AND MUSLIMS")]
    [InlineData("JNIM")]
    [InlineData("جماعة نصرة الإسلام والمسلمين")]
    public async Task Actor_GroupByAnyOfItsNames_ItsCatalogueNamesIncidentsAndRelationsAsObject(string asked)
    {
        var actor = await Get("/api/actor?name=" + Uri.EscapeDataString(asked));

        Assert.Equal((SampleStore.Jnim, "group"), (actor.GetProperty("name").GetString(), actor.GetProperty("kind").GetString()));
        Assert.Contains("جماعة نصرة الإسلام والمسلمين", actor.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.True(actor.GetProperty("events").GetInt32() > 0);
        Assert.Contains(actor.GetProperty("relations").EnumerateArray(), r => r.GetProperty("predicate").GetString() == RelationPredicates.DefectedTo);
        Assert.Empty(actor.GetProperty("career").EnumerateArray());
    }

    [SkippableTheory]
    [InlineData("/api/actor?name=Nobody%20Known", 404, "no actor or person named 'Nobody Known'")]
    [InlineData("/api/actor", 400, "give the actor's name")]
    [InlineData("/api/actor?id=x", 400, "unknown parameter 'id' (this endpoint takes name); give the actor's name")]
    public async Task Actor_UnknownOrUnnamed_ProblemWithASentence(string url, int status, string detail)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Article_MarkupInText_ReturnedAsTheSameText()
    {
        var article = await Get("/api/article?id=markup");

        Assert.Equal(SampleStore.MarkupText, article.GetProperty("text").GetString());
        Assert.Equal("<script>alert(5)</script> هجوم قرب تيلابيري", article.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task Facets_CountriesWithRegionsAndActorsByCount()
    {
        var facets = await Get("/api/facets");

        Assert.Equal(["Mali", "Niger", "Burkina Faso"], facets.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(("2023-06-15", "2025-03-14"), (facets.GetProperty("first").GetString(), facets.GetProperty("last").GetString()));
        Assert.Equal(SampleStore.IsSahel, facets.GetProperty("actors")[0].GetProperty("name").GetString());
        Assert.False(facets.GetProperty("online").GetBoolean());
    }
}

/// <summary>One in-memory server for a test class over the sample store: the API only reads.</summary>
public abstract class ApiSite(ITestBackend backend) : IAsyncLifetime
{
    private SampleSite? _site;
    private string? _skipped;

    /// <summary>The server's client; skips the test when its engine is not available here.</summary>
    public HttpClient Client
    {
        get
        {
            Skip.If(_skipped is not null, _skipped);
            return _site!.Client();
        }
    }

    public async Task InitializeAsync()
    {
        try
        {
            _site = await SampleSite.StartAsync(inMemory: true, backend: backend);
        }
        catch (SkipException e)
        {
            _skipped = e.Message;
        }
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        (backend as IDisposable)?.Dispose();
    }
}

public sealed class SqliteApiSite() : ApiSite(new SqliteTestBackend());

public sealed class PostgresApiSite() : ApiSite(new PostgresTestBackend());

public sealed class SqliteApiTests(SqliteApiSite site) : ApiContract(site), IClassFixture<SqliteApiSite>;

public sealed class PostgresApiTests(PostgresApiSite site) : ApiContract(site), IClassFixture<PostgresApiSite>;
