using System.Diagnostics;
using Marsad.Cli.Commands;
using Marsad.Pipeline;
using Marsad.Relations;
using Marsad.Store;
using Marsad.Tests.Store;

namespace Marsad.Tests.Cli;

/// <summary><c>marsad actors</c> over a store of three made-up articles that state relations.</summary>
public abstract class ActorsCommandContract(ITestBackend backend)
{
    private static RelationRecord Relation(string article, string subject, string predicate, string obj, double confidence = 0.7) =>
        new() { ArticleId = article, Subject = subject, Predicate = predicate, Object = obj, Evidence = new TextSpan(0, 9), Confidence = confidence };

    // A stand-in extractor: the relations each made-up article states, whatever its text.
    private static ArticleAnalysis Analyze(Article article) => new()
    {
        Article = article,
        Events = [],
        Relations = article.Id switch
        {
            "a" => [Relation("a", "Hamadi Ag Moussa", RelationPredicates.FormerlyMemberOf, "Al Qaeda"), Relation("a", "Hamadi Ag Moussa", RelationPredicates.LeaderOf, "Islamic State (Sahel)")],
            "b" => [Relation("b", "Hamadi Ag Moussa", RelationPredicates.LeaderOf, "Islamic State (Sahel)", 0.8)],
            _ => [Relation("c", "hamadi ag moussa", RelationPredicates.LeaderOf, "Islamic State (Sahel)"), Relation("c", "Islamic State (Sahel)", RelationPredicates.MemberOf, "Islamic State")],
        },
    };

    [SkippableFact]
    public void Actors_SameRelationFromThreeArticles_IsOneEdgeWithThreeSourcesAndACareer()
    {
        using var temp = backend.NewStore();
        temp.Close();
        var folder = Directory.CreateTempSubdirectory("marsad-actors-").FullName;
        try
        {
            var db = temp.Location;
            var input = Path.Combine(folder, "in.jsonl");
            File.WriteAllText(input, string.Join("\n", new[] { "a", "b", "c" }.Select((id, i) => $"{{\"id\": \"{id}\", \"published\": \"2024-0{i + 1}-10\", \"text\": \"نص المقال {id} للاختبار\"}}")) + "\n");
            Assert.Equal(0, IngestCommand.Create(() => Analyze).Parse([input, "--db", db]).Invoke());
            var graphMl = Path.Combine(folder, "network.graphml");
            var output = new StringWriter();

            Assert.Equal(0, ActorsCommand.Create(output).Parse(["Moussa", "--db", db, "--graphml", graphMl]).Invoke());

            var profile = output.ToString();
            Assert.Contains("Hamadi Ag Moussa leader_of Islamic State (Sahel)  (3 source(s)", profile, StringComparison.Ordinal);
            Assert.Contains("career: formerly member of Al Qaeda → leader of Islamic State (Sahel)", profile, StringComparison.Ordinal);
            using (var store = MarsadStore.Open(db))
            {
                Assert.Equal(3, RelationEdge.Merge(store.SourcedRelations()).Length);
            }

            AssertNetworkxReads(graphMl, nodes: 4, edges: 3);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>networkx reads the GraphML file, where Python and networkx are installed (CI's machine has them).</summary>
    private static void AssertNetworkxReads(string path, int nodes, int edges)
    {
        var check = new ProcessStartInfo("python3", ["-c", "import sys, networkx; g = networkx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var python = Process.Start(check)!;
            var printed = python.StandardOutput.ReadToEnd().Trim();
            python.WaitForExit();
            if (python.ExitCode != 0 && python.StandardError.ReadToEnd().Contains("No module named", StringComparison.Ordinal))
            {
                return;
            }

            Assert.Equal($"{nodes} {edges}", printed);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No Python on this machine: the documented check in README.md covers it.
        }
    }
}

public sealed class SqliteActorsCommandTests() : ActorsCommandContract(new SqliteTestBackend());

public sealed class PostgresActorsCommandTests(PostgresTestBackend backend) : ActorsCommandContract(backend), IClassFixture<PostgresTestBackend>;
