using Marsad.Cli.Commands;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Tests.Dedup;
using Marsad.Tests.Store;

namespace Marsad.Tests.Cli;

/// <summary><c>marsad ingest</c> and <c>marsad export</c> on a store of each engine.</summary>
public abstract class IngestCommandContract(ITestBackend backend)
{
    // A stand-in extractor: every article reports the Gao ambush with the toll its text gives.
    private static ArticleAnalysis Analyze(Article article) => new()
    {
        Article = article,
        Events = [Reports.Ambush(article.Id, int.Parse(new string([.. article.Text.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture))],
    };

    [SkippableFact]
    public void Ingest_FolderWithABadFile_RestIngestedExitOneAndReingestAddsNothing()
    {
        using var temp = backend.NewStore();
        temp.Close();
        var folder = Directory.CreateTempSubdirectory("marsad-cli-").FullName;
        try
        {
            var db = temp.Location;
            var inputs = Directory.CreateDirectory(Path.Combine(folder, "in")).FullName;
            File.WriteAllText(Path.Combine(inputs, "outlets.jsonl"),
                "{\"id\": \"alwasat\", \"text\": \"كمين قرب غاو قتل فيه 20 جنديا\"}\n{not json\n{\"id\": \"sahel\", \"text\": \"قتل 15 جنديا في كمين\"}\n");
            File.WriteAllText(Path.Combine(inputs, "radio.html"), "<html><body><nav>menu</nav><article><p>قتل 12 جنديا قرب غاو</p></article></body></html>");
            var ingest = IngestCommand.Create(() => Analyze);

            var first = ingest.Parse([inputs, "--db", db]).Invoke();
            var second = ingest.Parse([inputs, "--db", db]).Invoke();

            Assert.Equal((1, 1), (first, second)); // the malformed line fails both times; the rest is processed
            using (var store = MarsadStore.Open(db))
            {
                Assert.Equal(new StoreCounts(3, 3, 1), store.Counts());
                Assert.Equal(12, Assert.Single(store.Clusters(EventFilter.All)).Event.Fatalities);
            }

            var csv = Path.Combine(folder, "out.csv");
            Assert.Equal(0, ExportCommand.Create().Parse(["--db", db, "--out", csv, "--type", AcledTaxonomy.Battles]).Invoke());
            Assert.Equal(2, File.ReadAllLines(csv).Length);
            Assert.Equal(2, ExportCommand.Create().Parse(["--db", db, "--format", "xlsx"]).Invoke());
            Assert.Equal(1, ExportCommand.Create().Parse(["--db", Path.Combine(folder, "none.db")]).Invoke());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class SqliteIngestCommandTests() : IngestCommandContract(new SqliteTestBackend());

public sealed class PostgresIngestCommandTests(PostgresTestBackend backend) : IngestCommandContract(backend), IClassFixture<PostgresTestBackend>;
