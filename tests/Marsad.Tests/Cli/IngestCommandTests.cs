using Marsad.Cli.Commands;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Tests.Dedup;

namespace Marsad.Tests.Cli;

public class IngestCommandTests
{
    // A stand-in extractor: every article reports the Gao ambush with the toll its text gives.
    private static ArticleAnalysis Analyze(Article article) => new()
    {
        Article = article,
        Events = [Reports.Ambush(article.Id, int.Parse(new string([.. article.Text.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture))],
    };

    [Fact]
    public void Ingest_FolderWithABadFile_RestIngestedExitOneAndReingestAddsNothing()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-cli-").FullName;
        try
        {
            var db = Path.Combine(folder, "marsad.db");
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
