using Marsad.Events;
using Marsad.Relations;
using Marsad.Store;
using Marsad.Tests.Dedup;
using static Marsad.Tests.Store.TempStore;

namespace Marsad.Tests.Store;

/// <summary>
/// The store's behaviour, the same on every engine: each test runs on SQLite (<see cref="SqliteStoreTests"/>)
/// and on PostgreSQL (<see cref="PostgresStoreTests"/>).
/// </summary>
public abstract class MarsadStoreContract(ITestBackend backend)
{
    protected const string AmbushText = "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن كمين قرب غاو أمس.";

    [SkippableFact]
    public void Save_SameArticleTwice_SecondAddsNothing()
    {
        using var temp = backend.NewStore();
        var analysis = Analysis("a1", AmbushText, Reports.Ambush("a1", 12));

        var first = temp.Store.Save(analysis, Extractor);
        var second = temp.Store.Save(analysis, Extractor);

        Assert.Equal((ArticleState.New, 1), (first.State, first.Events));
        Assert.Equal(ArticleState.Unchanged, second.State);
        Assert.Equal(new StoreCounts(1, 1, 1), temp.Store.Counts());
    }

    [SkippableFact]
    public void Save_SameTextUnderAnotherId_Unchanged()
    {
        using var temp = backend.NewStore();
        temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 12)), Extractor);

        var copy = Analysis("a1", AmbushText) with { Article = Analysis("a1", AmbushText).Article with { Id = "a1-copy" } };

        Assert.Equal(ArticleState.Unchanged, temp.Store.Check(copy.Article));
        Assert.Equal(ArticleState.Unchanged, temp.Store.Save(copy, Extractor).State);
    }

    [SkippableFact]
    public void Save_CorrectedVersion_ReplacesItsEvents()
    {
        using var temp = backend.NewStore();
        temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 12), Reports.Ambush("a1", 1, new DateOnly(2025, 1, 1))), Extractor);

        var outcome = temp.Store.Save(Analysis("a1", AmbushText + " (corrected)", Reports.Ambush("a1", 14)), Extractor);

        Assert.Equal(ArticleState.Changed, outcome.State);
        Assert.Equal(new StoreCounts(1, 1, 1), temp.Store.Counts());
        Assert.Equal(14, Assert.Single(temp.Store.Events(EventFilter.All)).Event.Fatalities);
    }

    [SkippableFact]
    public void Save_ThreeOutletsReportTheAmbush_OneClusterConservativeTollThreeSources()
    {
        using var temp = backend.NewStore();
        temp.Store.Save(Analysis("alwasat", AmbushText, Reports.Ambush("alwasat", 20)), Extractor);
        temp.Store.Save(Analysis("sahel-info", AmbushText + " 15", Reports.Ambush("sahel-info", 15)), Extractor);
        temp.Store.Save(Analysis("radio-gao", AmbushText + " 12", Reports.Ambush("radio-gao", 12, new DateOnly(2025, 2, 10))), Extractor);

        var cluster = Assert.Single(temp.Store.Clusters(EventFilter.All));

        Assert.Equal(12, cluster.Event.Fatalities);
        Assert.Equal(["alwasat", "radio-gao", "sahel-info"], cluster.Sources.Select(s => s.Key.ArticleId));
        Assert.Equal(new StoreCounts(3, 3, 1), temp.Store.Counts());
    }

    [SkippableFact]
    public void Save_Reextract_ReplacesEventsOfUnchangedArticle()
    {
        using var temp = backend.NewStore();
        temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 12)), "old");

        Assert.Equal(["a1"], temp.Store.ArticleIds(notExtractedBy: "new"));
        var outcome = temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 13)), "new", replace: true);

        Assert.Equal(ArticleState.Changed, outcome.State);
        Assert.Empty(temp.Store.ArticleIds(notExtractedBy: "new"));
        Assert.Equal(13, Assert.Single(temp.Store.Clusters(EventFilter.All)).Event.Fatalities);
    }

    [SkippableFact]
    public void Events_RecordRoundTrips_EvidenceAndRelationsKept()
    {
        using var temp = backend.NewStore();
        var e = Reports.Ambush("a1", 12) with
        {
            Evidence = [new TextSpan(0, 30)],
            FieldEvidence = System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<TextSpan>>.Empty
                .Add("actor1", [new TextSpan(6, 30)]),
            AssocActor1 = ["Katiba Macina"],
            RansomAmount = 20_000_000m,
            RansomCurrency = "XOF",
        };
        var analysis = Analysis("a1", AmbushText, e) with
        {
            Relations = [new RelationRecord { ArticleId = "a1", Subject = "Katiba Macina", Predicate = RelationPredicates.MemberOf, Object = "JNIM", Evidence = new TextSpan(0, 10) }],
        };
        temp.Store.Save(analysis, Extractor);

        var stored = Assert.Single(temp.Reopen().Events(EventFilter.All)).Event;

        Assert.Equal(e.Evidence.ToArray(), stored.Evidence.ToArray());
        Assert.Equal(e.FieldEvidence["actor1"].ToArray(), stored.FieldEvidence["actor1"].ToArray());
        Assert.Equal((20_000_000m, "XOF", "Katiba Macina"), (stored.RansomAmount!.Value, stored.RansomCurrency, stored.AssocActor1.Single()));
        var source = Assert.Single(Assert.Single(temp.Store.Clusters(EventFilter.All)).Sources);
        Assert.Equal(new TextSpan(6, 30), Assert.Single(source.ActorEvidence));
    }

    public static TheoryData<EventFilter, int> Filters => new()
    {
        { EventFilter.All, 3 },
        { new EventFilter { Since = new DateOnly(2025, 2, 1), Until = new DateOnly(2025, 2, 28) }, 2 },
        { new EventFilter { Country = "mali" }, 2 },
        { new EventFilter { EventType = AcledTaxonomy.ViolenceAgainstCivilians }, 1 },
        { new EventFilter { SubEventType = "abduction/forced disappearance" }, 1 },
        { new EventFilter { Actor = "jnim" }, 2 },
        { new EventFilter { Admin1 = "Tillaberi" }, 1 },
        { new EventFilter { Text = "الاسلاميه" }, 1 }, // folded spelling finds "الإسلامية"
        { new EventFilter { Text = "Ménaka" }, 1 },
    };

    [SkippableTheory]
    [MemberData(nameof(Filters), MemberType = typeof(MarsadStoreContract))]
    public void ClustersAndEvents_Filter_MatchingOnly(EventFilter filter, int expected)
    {
        using var temp = backend.NewStore();
        temp.Store.Save(Analysis("a", AmbushText, Reports.Ambush("a", 12)), Extractor);
        temp.Store.Save(Analysis("b", "خطف مسلحون ثلاثة مدنيين شرق ميناكا", Reports.Ambush("b", null) with
        {
            EventType = AcledTaxonomy.ViolenceAgainstCivilians, SubEventType = "Abduction/forced disappearance", Location = "Menaka",
            Actor2 = "Civilians (Mali)", Latitude = 15.9, Longitude = 2.4, Notes = "Gunmen abducted three civilians east of Ménaka.",
        }), Extractor);
        temp.Store.Save(Analysis("c", "هاجمت الدولة الإسلامية قرية في تيلابيري", Reports.Ambush("c", 5, new DateOnly(2024, 11, 3)) with
        {
            Country = "Niger", Admin1 = "Tillaberi", Actor1 = "Islamic State (Sahel)",
        }), Extractor);

        Assert.Equal(expected, temp.Store.Clusters(filter).Count());
        Assert.Equal(expected, temp.Store.Events(filter).Count());
    }

    [SkippableFact]
    public void Open_Reopened_SchemaAtCurrentVersionAndDataKept()
    {
        using var temp = backend.NewStore();
        temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 12)), Extractor);

        Assert.Equal(new StoreCounts(1, 1, 1), temp.Reopen().Counts());
        Assert.True(MarsadStore.SchemaVersion >= 1);
    }

    [SkippableFact]
    public void DataVersion_AnotherConnectionCommits_Changes()
    {
        using var temp = backend.NewStore();
        using var reader = MarsadStore.Open(temp.Location, new StoreOptions { MustExist = true });
        var before = reader.DataVersion();

        temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 12)), Extractor);

        Assert.NotEqual(before, reader.DataVersion());
        Assert.Single(Assert.Single(reader.Clusters(EventFilter.All)).Sources);
    }

    [SkippableFact]
    public void Batch_RolledBack_NothingSavedAndTheStoreStillWrites()
    {
        using var temp = backend.NewStore();
        using (temp.Store.BeginBatch())
        {
            temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 12)), Extractor);
        }

        Assert.Equal(new StoreCounts(0, 0, 0), temp.Store.Counts());
        using (var batch = temp.Store.BeginBatch())
        {
            temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 12)), Extractor);
            batch.Commit();
        }

        Assert.Equal(new StoreCounts(1, 1, 1), temp.Reopen().Counts());
    }

    [SkippableFact]
    public void Save_TextWithANulCharacter_StoredWholeAtTheSameLength()
    {
        using var temp = backend.NewStore();
        var text = AmbushText + "\0" + "ذيل";
        temp.Store.Save(Analysis("a1", text, Reports.Ambush("a1", 12)), Extractor);

        var stored = temp.Reopen().LoadArticle("a1")!.Text;

        Assert.Equal(text.Length, stored.Length);
        Assert.Equal(text.Replace('\0', '\uFFFD'), stored.Replace('\0', '\uFFFD'));
    }

    [SkippableFact]
    public void Ingestor_Reextract_ReplacesTheEventsOfArticlesAnOlderExtractorMade()
    {
        using var temp = backend.NewStore();
        var articles = new[] { "a1", "a2", "a3" }.Select(id => new IngestItem(Analysis(id, AmbushText + " " + id).Article, "test")).ToList();
        new ArticleIngestor(temp.Store, a => Analysis(a.Id, a.Text, Reports.Ambush(a.Id, 20)) with { Article = a }, "old").Ingest(articles);
        temp.Store.Save(Analysis("a4", AmbushText + " a4", Reports.Ambush("a4", 30)), "new");

        var summary = new ArticleIngestor(temp.Store, a => Analysis(a.Id, a.Text, Reports.Ambush(a.Id, 9)) with { Article = a }, "new").Reextract();

        Assert.Equal((3, 0), (summary.Updated, summary.Failed));
        var incident = Assert.Single(temp.Store.Clusters(EventFilter.All));
        Assert.Equal((9, 4), (incident.Event.Fatalities, incident.Sources.Length));
        Assert.Empty(temp.Store.ArticleIds(notExtractedBy: "new"));
    }

    [SkippableFact]
    public void Relations_SourcedWithTheWordsThatStateThem()
    {
        using var temp = backend.NewStore();
        var analysis = Analysis("a1", AmbushText) with
        {
            Relations = [new RelationRecord { ArticleId = "a1", Subject = "Katiba Macina", Predicate = RelationPredicates.MemberOf, Object = "JNIM", Evidence = new TextSpan(6, 11), Confidence = 0.7 }],
        };
        temp.Store.Save(analysis, Extractor);

        var sourced = Assert.Single(temp.Store.SourcedRelations());

        Assert.Equal(("Katiba Macina", "JNIM", AmbushText[6..11], "Outlet a1"), (sourced.Relation.Subject, sourced.Relation.Object, sourced.EvidenceText, sourced.Source));
        Assert.Equal(new DateOnly(2025, 2, 12), sourced.Published);
        Assert.Equal(0.7, Assert.Single(temp.Store.Relations()).Confidence);
    }
}

public sealed class SqliteStoreTests() : MarsadStoreContract(new SqliteTestBackend())
{
    [Fact]
    public void Open_FileIsNotADatabase_StoreExceptionNamesTheFile()
    {
        var path = System.IO.Path.GetTempFileName();
        File.WriteAllText(path, "this is not sqlite, just text that is long enough to be a header of a page....");
        try
        {
            var error = Assert.Throws<StoreException>(() => MarsadStore.Open(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_MissingStoreThatMustExist_StoreException()
    {
        Assert.Throws<StoreException>(() => MarsadStore.Open("/nonexistent/marsad.db", new StoreOptions { MustExist = true }));
    }
}

public sealed class PostgresStoreTests(PostgresTestBackend backend) : MarsadStoreContract(backend), IClassFixture<PostgresTestBackend>
{
    [SkippableFact]
    public void Open_DatabaseWithoutAStoreThatMustExist_StoreExceptionNamesIt()
    {
        var uri = PostgresTestBackend.Uri(backend.Database);

        var error = Assert.Throws<StoreException>(() => MarsadStore.Open(uri, new StoreOptions { MustExist = true }));
        Assert.Contains("no store here", error.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<StoreException>(() => MarsadStore.Open(PostgresTestBackend.Uri("marsad_no_such_database"), new StoreOptions { MustExist = true }));
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void DataVersion_ServerEndedTheReadersSession_ConnectsAgainAndReads()
    {
        using var temp = backend.NewStore();
        temp.Store.Save(Analysis("a1", AmbushText, Reports.Ambush("a1", 12)), Extractor);
        var name = $"reader-{Guid.NewGuid():N}";
        using var reader = MarsadStore.Open(temp.Location + "&application_name=" + name, new StoreOptions { MustExist = true });
        var before = reader.DataVersion();

        using (var admin = PostgresTestBackend.Admin())
        using (var terminate = admin.CreateCommand())
        {
            terminate.CommandText = $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{name}'";
            Assert.Equal(1L, terminate.ExecuteScalar());
        }

        Assert.Equal(before, reader.DataVersion());
        Assert.Equal(new StoreCounts(1, 1, 1), reader.Counts());
    }

    [SkippableFact]
    public void Open_Reopened_SchemaAtThePostgresVersion()
    {
        using var temp = backend.NewStore();
        using var raw = temp.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = "SELECT version FROM marsad_schema";

        Assert.Equal(MarsadStore.PostgresSchemaVersion, Convert.ToInt32(command.ExecuteScalar()));
        Assert.Equal(new StoreCounts(0, 0, 0), temp.Reopen().Counts());
    }
}
