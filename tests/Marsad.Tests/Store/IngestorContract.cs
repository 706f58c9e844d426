using System.Data.Common;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Tests.Dedup;
using static Marsad.Tests.Store.TempStore;

namespace Marsad.Tests.Store;

/// <summary>
/// ArticleIngestor analyses the next batch while it saves one: the store must end exactly as when each
/// batch is read only after the previous one is committed (one <see cref="ArticleIngestor.Ingest"/> per
/// batch), and a failure of the writer must leave no half-saved batch.
/// </summary>
public abstract class IngestorContract(ITestBackend backend)
{
    private const int BatchSize = 3;
    private const string Text = "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن كمين قرب غاو";

    // In batches of 3: a copy in the next batch of an article still being saved, a corrected version and the
    // same text under another id in the batch after its original, an article whose extraction fails and its
    // copy, one that fails only the first time (its copy must be analysed, not skipped), a copy within a batch.
    private static readonly Article[] Input =
    [
        Article("a1", Text + " 1"), Article("a2", Text + " 2"), Article("bad", "BOOM"),
        Article("a1", Text + " 1"), Article("a3", Text + " 3"), Article("bad", "BOOM"),
        Article("a3", Text + " 3 (corrected)"), Article("a2", Text + " 2") with { Id = "a2-copy" }, Article("flaky", Text + " 5"),
        Article("flaky", Text + " 5"), Article("a4", Text + " 4"), Article("a4", Text + " 4"),
        Article("a1", Text + " 1"),
    ];

    [SkippableFact]
    public void Ingest_NextBatchAnalysedWhileOneIsSaved_SameStoreAndCountsAsBatchAfterBatch()
    {
        using var expected = backend.NewStore();
        var expectedSummary = new IngestSummary();
        var expectedFailures = new List<string>();
        var oneAtATime = Ingestor(expected.Store, expectedFailures, parallelism: 1);
        foreach (var batch in Items(Input).Chunk(BatchSize))
        {
            oneAtATime.Ingest(batch, expectedSummary);
        }

        using var actual = backend.NewStore();
        var failures = new List<string>();
        var summary = Ingestor(actual.Store, failures, parallelism: 2).Ingest(Items(Input));

        Assert.Equal((5, 1, 4, 3), (expectedSummary.New, expectedSummary.Updated, expectedSummary.Unchanged, expectedSummary.Failed));
        Assert.Equal(Counts(expectedSummary), Counts(summary));
        Assert.Equal(expectedFailures, failures);
        using var want = expected.OpenRaw();
        using var got = actual.OpenRaw();
        StoreRows.AssertSame(want, got);
    }

    [SkippableFact]
    public void Ingest_WriterFailsInTheSecondBatch_ExceptionSurfacesFirstBatchStoredNothingOfTheRest()
    {
        using var temp = backend.NewStore();
        var input = new[] { Article("a1", Text + " 1"), Article("a2", Text + " 2"), Article("a3", Text + " 3"), Article("nan", Text + " NaN"), Article("a5", Text + " 5"), Article("a6", Text + " 6") };
        var ingestor = new ArticleIngestor(temp.Store, Analyze(), Extractor) { BatchSize = 2, Parallelism = 2 };

        // Each engine refuses NaN its own way (SQLite will not bind it, the JSON of the record will not hold it), neither as a DbException.
        var failure = Assert.ThrowsAny<Exception>(() => ingestor.Ingest(Items(input)));
        Assert.False(failure is DbException, failure.ToString());

        Assert.Equal(["a1", "a2"], temp.Store.ArticleIds().Order(StringComparer.Ordinal));
        using (var connection = temp.OpenRaw())
        {
            CrashContract.AssertConsistent(connection);
        }

        Assert.Equal(3, ingestor.Ingest(Items(input.Where(a => a.Id != "nan"))).New);
    }

    [SkippableFact]
    public void Ingest_InputFailsAfterTwoBatches_ExceptionSurfacesBothBatchesStored()
    {
        using var temp = backend.NewStore();
        var ingestor = new ArticleIngestor(temp.Store, Analyze(), Extractor) { BatchSize = 2, Parallelism = 2 };

        var failure = Assert.Throws<IOException>(() => ingestor.Ingest(FailingInput()));

        Assert.Equal("the disk is gone", failure.Message);
        Assert.Equal(["a1", "a2", "a3", "a4"], temp.Store.ArticleIds().Order(StringComparer.Ordinal));

        static IEnumerable<IngestItem> FailingInput()
        {
            foreach (var n in new[] { 1, 2, 3, 4 })
            {
                yield return new IngestItem(Article($"a{n}", Text + " " + n), "test");
            }

            throw new IOException("the disk is gone");
        }
    }

    private static Article Article(string id, string text) => Analysis(id, text).Article;

    private static IEnumerable<IngestItem> Items(IEnumerable<Article> articles) => articles.Select((a, line) => new IngestItem(a, $"input:{line + 1}"));

    private static ArticleIngestor Ingestor(MarsadStore store, List<string> failures, int parallelism) =>
        new(store, Analyze(), Extractor) { BatchSize = BatchSize, Parallelism = parallelism, OnFailure = (origin, message) => failures.Add($"{origin}: {message}") };

    /// <summary>A stand-in extractor: one ambush whose toll is the text's length; "BOOM" fails, "flaky" fails the first time, "NaN" puts the ambush nowhere the store can write.</summary>
    private static Func<Article, ArticleAnalysis> Analyze()
    {
        var flakyFailed = 0;
        return article =>
        {
            if (article.Text.Contains("BOOM", StringComparison.Ordinal) || (article.Id == "flaky" && Interlocked.Exchange(ref flakyFailed, 1) == 0))
            {
                throw new InvalidOperationException("no events for " + article.Id);
            }

            var ambush = Reports.Ambush(article.Id, article.Text.Length % 20);
            return Analysis(article.Id, article.Text, article.Text.EndsWith("NaN", StringComparison.Ordinal) ? ambush with { Latitude = double.NaN } : ambush) with { Article = article };
        };
    }

    private static (int, int, int, int, int, int) Counts(IngestSummary s) => (s.New, s.Updated, s.Unchanged, s.Failed, s.Events, s.ClustersWritten);
}

public sealed class SqliteIngestorTests() : IngestorContract(new SqliteTestBackend());

public sealed class PostgresIngestorTests(PostgresTestBackend backend) : IngestorContract(backend), IClassFixture<PostgresTestBackend>;
