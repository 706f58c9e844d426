using Marsad.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>
/// The actor network: the relations articles state (leader_of, defected_to, killed_by…) with the
/// text behind each, and which actors meet as the two sides of incidents.
/// </summary>
internal static class ActorEndpoints
{
    // Enough to read as a network; every actor a relation names is added to these.
    private const int TopActors = 40;

    /// <summary>The edge kind for two actors that are the two sides of incidents.</summary>
    private const string Incidents = "incidents";

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/network", (HttpRequest request, Dataset data) =>
    {
        if (new QueryReader(request).Problem() is { } problem)
        {
            return problem;
        }

        var clusters = data.Current().Clusters;
        var relations = data.Read(store => store.Relations().ToList());
        var eventCounts = clusters.SelectMany(FacetEndpoints.Actors).CountBy(a => a, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var shown = eventCounts.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Take(TopActors).Select(a => a.Key)
            .Concat(relations.SelectMany(r => new[] { r.Subject, r.Object }))
            .ToHashSet(StringComparer.Ordinal);

        var edges = relations
            .GroupBy(r => (r.Subject, r.Predicate, r.Object))
            .Select(g => new Edge(g.Key.Subject, g.Key.Object, g.Key.Predicate, g.Count(),
                [.. g.Select(r => new Evidence(r.ArticleId, r.Evidence.Start, r.Evidence.End, Math.Round(r.Confidence, 3)))]))
            .Concat(clusters
                .Where(c => c.Event.Actor1 is { } a && c.Event.Actor2 is { } b && a != b && shown.Contains(a) && shown.Contains(b))
                .CountBy(c => (c.Event.Actor1!, c.Event.Actor2!))
                .Select(pair => new Edge(pair.Key.Item1, pair.Key.Item2, Incidents, pair.Value, [])))
            .ToList();
        var nodes = shown.Order(StringComparer.Ordinal).Select(name => new Node(name, eventCounts.GetValueOrDefault(name))).ToList();
        return Results.Ok(new Network(nodes, edges));
    });

    private sealed record Network(IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges);

    /// <summary>An actor or person, with the number of incidents that name it (0 for people named only in relations).</summary>
    private sealed record Node(string Name, int Events);

    private sealed record Edge(string Source, string Target, string Kind, int Count, IReadOnlyList<Evidence> Evidence);

    private sealed record Evidence(string ArticleId, int Start, int End, double Confidence);
}
