using CsCheck;
using Marsad.Dedup;
using Marsad.Events;
using static Marsad.Tests.Dedup.Reports;

namespace Marsad.Tests.Dedup;

public class DeduplicatorTests
{
    private readonly Deduplicator _dedup = new();

    [Fact]
    public void Cluster_SameAmbushFromThreeOutlets_OneClusterWithConservativeTollAndThreeSources()
    {
        var reports = new[]
        {
            Keyed(Ambush("alwasat", 12)),
            Keyed(Ambush("sahel-info", 15) with { Actor1 = "Unidentified Armed Group (Mali)", Actor1Kind = ActorKinds.UnidentifiedArmed }),
            Keyed(Ambush("radio-gao", 20, new DateOnly(2025, 2, 10)) with { Latitude = GaoLat + 0.1, GeoPrecision = 2 }),
        };

        var cluster = Assert.Single(_dedup.Cluster(reports));

        Assert.Equal(12, cluster.Event.Fatalities);
        Assert.Equal(3, cluster.Sources.Length);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", cluster.Event.Actor1);
        Assert.Equal(1, cluster.Event.GeoPrecision);
        Assert.Contains("fatalities reported: 12, 15, 20", cluster.Event.Notes, StringComparison.Ordinal);
        Assert.Equal("Outlet alwasat; Outlet radio-gao; Outlet sahel-info", cluster.Event.Source);
    }

    [Fact]
    public void Cluster_DoubtfulSourceWithLowerToll_CredibleTollKept()
    {
        var reports = new[] { Keyed(Ambush("a", 12)), Keyed(Ambush("b", 2, confidence: 0.2)) };

        Assert.Equal(12, Assert.Single(_dedup.Cluster(reports)).Event.Fatalities);
    }

    [Fact]
    public void Cluster_MostPreciseDateWins()
    {
        var weekly = Ambush("a", 5, new DateOnly(2025, 2, 13)) with { TimePrecision = 2, Confidence = 0.9 };
        var daily = Ambush("b", 5, new DateOnly(2025, 2, 11));

        var cluster = Assert.Single(_dedup.Cluster([Keyed(weekly), Keyed(daily)]));

        Assert.Equal((new DateOnly(2025, 2, 11), 1), (cluster.Event.EventDate!.Value, cluster.Event.TimePrecision!.Value));
    }

    public static TheoryData<string, EventRecord> DifferentIncidents => new()
    {
        { "another type", Ambush("b", 3) with { EventType = AcledTaxonomy.Explosions, SubEventType = "Air/drone strike" } },
        { "a week apart", Ambush("b", 3, new DateOnly(2025, 2, 18)) },
        { "90 km apart", Ambush("b", 3) with { Location = "Ansongo", Admin2 = "Ansongo", Latitude = AnsongoLat, Longitude = AnsongoLon } },
        { "another army", Ambush("b", 3) with { Actor2 = "Military Forces of Niger (2023-)" } },
        { "undated", Ambush("b", 3) with { EventDate = null, TimePrecision = null } },
        { "coarse, other admin2", Ambush("b", 3) with { GeoPrecision = 3, Admin2 = "Bourem" } },
    };

    [Theory]
    [MemberData(nameof(DifferentIncidents))]
    public void Cluster_DifferentIncident_KeptApart(string why, EventRecord other)
    {
        Assert.True(_dedup.Cluster([Keyed(Ambush("a", 12)), Keyed(other)]).Length == 2, why);
    }

    [Theory]
    [InlineData(2, 7)]
    [InlineData(3, 20)]
    public void Cluster_CoarseDateAndPlaceInSameAdmin2_Merged(int timePrecision, int daysApart)
    {
        var coarse = Ambush("b", 3, new DateOnly(2025, 2, 11).AddDays(daysApart)) with { TimePrecision = timePrecision, GeoPrecision = 3, Latitude = 16.5, Longitude = 0.3 };

        Assert.Single(_dedup.Cluster([Keyed(Ambush("a", 12)), Keyed(coarse)]));
    }

    [Fact]
    public void Cluster_ActorsNamedInReverseOrder_MergedAndAligned()
    {
        var reversed = Ambush("b", 4) with
        {
            Actor1 = "Military Forces of Mali (2021-)", Actor1Kind = ActorKinds.StateForces,
            Actor2 = "JNIM: Group for Support of Islam and Muslims", Actor2Kind = ActorKinds.Jihadist,
            AssocActor1 = ["Wagner Group"], Confidence = 0.5,
        };

        var cluster = Assert.Single(_dedup.Cluster([Keyed(Ambush("a", 12)), Keyed(reversed)]));

        Assert.Equal("JNIM: Group for Support of Islam and Muslims", cluster.Event.Actor1);
        Assert.Equal("Wagner Group", Assert.Single(cluster.Event.AssocActor2));
    }

    [Fact]
    public void Cluster_AnyIngestOrder_SameClusters()
    {
        var reports = MixedReports();
        var expected = Describe(_dedup.Cluster(reports));

        Gen.Shuffle(reports).Sample(shuffled => Describe(_dedup.Cluster(shuffled)) == expected, iter: 200);
    }

    [Fact]
    public void Update_ArticlesAddedOneByOneInAnyOrder_SameAsBatch()
    {
        var reports = MixedReports();
        var expected = Describe(_dedup.Cluster(reports));

        Gen.Shuffle(reports).Sample(shuffled =>
        {
            var stored = new InMemoryNeighbourhood(_dedup);
            foreach (var article in shuffled.GroupBy(r => r.Key.ArticleId))
            {
                stored.Replace(article.Key, [.. article]);
            }

            return Describe(stored.Clusters) == expected;
        }, iter: 100);
    }

    [Fact]
    public void Update_CorrectedArticleMovesAway_ClusterSplits()
    {
        var stored = new InMemoryNeighbourhood(_dedup);
        stored.Replace("a", Keyed(Ambush("a", 12)));
        stored.Replace("b", Keyed(Ambush("b", 15)));
        Assert.Single(stored.Clusters);

        stored.Replace("b", Keyed(Ambush("b", 15, new DateOnly(2025, 3, 30))));

        Assert.Equal(2, stored.Clusters.Count);
        Assert.All(stored.Clusters, c => Assert.Single(c.Sources));
    }

    private static KeyedEvent[] MixedReports() =>
    [
        Keyed(Ambush("a", 12)),
        Keyed(Ambush("b", 15)),
        Keyed(Ambush("c", 20, new DateOnly(2025, 2, 12))),
        Keyed(Ambush("c", 2, new DateOnly(2025, 2, 20)), 1),
        Keyed(Ambush("d", 1) with { Location = "Ansongo", Admin2 = "Ansongo", Latitude = AnsongoLat, Longitude = AnsongoLon }),
        Keyed(Ambush("e", null, new DateOnly(2025, 2, 19)) with { TimePrecision = 2, Confidence = 0.95 }),
        Keyed(Ambush("f", 7) with { EventDate = null }),
    ];

    private static string Describe(IEnumerable<EventCluster> clusters) => string.Join("\n", clusters
        .OrderBy(c => c.Id, StringComparer.Ordinal)
        .Select(c => $"{c.Id} {c.Event.EventDate} {c.Event.Fatalities} {c.Event.Notes} {string.Join(",", c.Members)}"));
}
