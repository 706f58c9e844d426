using System.CommandLine;
using System.Globalization;
using Marsad.Actors;
using Marsad.Export;
using Marsad.Relations;
using Marsad.Resources;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad actors [NAME]</c>: the actor network the stored articles state. Without a name, every actor and person
/// with the number of relations and sources; with one, the profile of each whose name contains it: relations with
/// their sources, dates and words, and the career they tell. <c>--graphml</c> and <c>--jsonl</c> write the network.
/// </summary>
public static class ActorsCommand
{
    public static Command Create(TextWriter output)
    {
        var db = StoreArguments.Db();
        var name = new Argument<string?>("name") { Description = "Part of a person's or group's name (Ghaly, JNIM)", Arity = ArgumentArity.ZeroOrOne };
        var graphMl = new Option<string?>("--graphml") { Description = "Write the network as GraphML (Gephi, networkx) to this file" };
        var jsonl = new Option<string?>("--jsonl") { Description = "Write the network's edges as JSON Lines to this file" };
        var command = new Command("actors", "The actor network: persons and groups, their relations with sources, and careers") { db, name, graphMl, jsonl };
        command.SetAction(result =>
        {
            using var store = StoreArguments.OpenExisting(StoreArguments.Location(result.GetValue(db)));
            if (store is null)
            {
                return StoreArguments.SomeInputsFailed;
            }

            var edges = RelationEdge.Merge(store.SourcedRelations());
            if (result.GetValue(graphMl) is { } graphPath)
            {
                var names = Names();
                using var file = File.Create(graphPath);
                NetworkWriter.WriteGraphMl(edges, file, n => names.Of(n).Kind == ActorKind.Group ? "group" : "person");
            }

            if (result.GetValue(jsonl) is { } jsonPath)
            {
                using var file = File.CreateText(jsonPath);
                NetworkWriter.WriteJsonLines(edges, file);
            }

            if (result.GetValue(name) is { } wanted)
            {
                return Profiles(edges, wanted, Names(), output);
            }

            List(edges, output);
            return StoreArguments.Ok;
        });
        return command;
    }

    private static void List(IReadOnlyList<RelationEdge> edges, TextWriter output)
    {
        var nodes = edges.SelectMany(e => new[] { (Name: e.Subject, Edge: e), (Name: e.Object, Edge: e) })
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .Select(g => (g.Key, Relations: g.Count(), Sources: g.SelectMany(n => n.Edge.Sources).Select(s => s.Relation.ArticleId).Distinct().Count()))
            .OrderByDescending(n => n.Relations).ThenBy(n => n.Key, StringComparer.Ordinal);
        foreach (var (node, relations, sources) in nodes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{node}\t{relations} relations\t{sources} articles"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edges.Count} relations"));
    }

    private static ActorNames Names() => ActorNames.Load(ResourceStore.Embedded, ActorCatalog.Load(ResourceStore.Embedded));

    private static int Profiles(IReadOnlyList<RelationEdge> edges, string wanted, ActorNames names, TextWriter output)
    {
        var found = ActorProfile.NamesLike(edges, wanted);
        if (found.IsEmpty)
        {
            output.WriteLine($"no actor or person named like '{wanted}'");
            return StoreArguments.SomeInputsFailed;
        }

        foreach (var profile in found.Select(n => ActorProfile.Of(edges, n, names)))
        {
            output.WriteLine(profile.Name);
            if (profile.Known.Names.Length > 1)
            {
                output.WriteLine("  also: " + string.Join(", ", profile.Known.Names.Skip(1)));
            }

            foreach (var edge in profile.Relations)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {edge.Subject} {edge.Predicate} {edge.Object}  ({edge.Sources.Length} source(s), confidence {edge.Confidence:0.00})"));
                foreach (var source in edge.Sources)
                {
                    var day = source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
                    output.WriteLine($"    {day}  {source.Url ?? source.Source ?? source.Relation.ArticleId}  «{source.EvidenceText.ReplaceLineEndings(" ")}»");
                }
            }

            if (profile.Career.Length > 1)
            {
                output.WriteLine("  career: " + string.Join(" → ", profile.Career.Select(e => $"{e.Predicate.Replace('_', ' ')} {e.Object}")));
            }

            output.WriteLine();
        }

        return StoreArguments.Ok;
    }
}
