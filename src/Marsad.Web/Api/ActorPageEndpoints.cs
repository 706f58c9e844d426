using Marsad.Actors;
using Marsad.Relations;
using Marsad.Text;
using Marsad.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>
/// One person's or group's page: the names it is known by, its relations with their sources (article, date and the
/// words that state each) and the career they tell, as <c>marsad actors NAME</c> prints them, and how many incidents
/// name it. Names are free text, so the name is a query parameter.
/// </summary>
internal static class ActorPageEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/actor", (HttpRequest request, Dataset data, ActorNames names) =>
    {
        var query = new QueryReader(request, "name");
        var wanted = query.Required("name", "the actor's name");
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        var edges = data.Read(store => RelationEdge.Merge(store.SourcedRelations()));
        var incidents = data.Current().Clusters.SelectMany(FacetEndpoints.Actors).ToList();

        // Any name the actor is known by finds it (JNIM, a kunya), as the network or the incidents spell it.
        string? Spelled(string name) => ActorProfile.Find(edges, name) ?? incidents.FirstOrDefault(a => CharFolding.Fold(a) == CharFolding.Fold(name));
        if (names.Of(wanted).Names.Select(Spelled).FirstOrDefault(n => n is not null) is not { } name)
        {
            return Results.Problem(detail: $"no actor or person named '{wanted}'", statusCode: StatusCodes.Status404NotFound);
        }

        var profile = ActorProfile.Of(edges, name, names);
        return Results.Ok(new Page(
            name, profile.Known.Kind == ActorKind.Group ? "group" : "person", profile.Known.Names, incidents.Count(a => a == name),
            [.. profile.Relations.Select(e => new Relation(e.Subject, e.Predicate, e.Object, Math.Round(e.Confidence, 3), Views.Iso(e.FirstReported),
                [.. e.Sources.Select(s => new Source(s.Relation.ArticleId, s.Source, s.Url, Views.Iso(s.Published), s.Relation.Evidence.Start, s.Relation.Evidence.End, s.EvidenceText))]))],
            [.. profile.Career.Select(e => new CareerStep(e.Predicate, e.Object, Views.Iso(e.FirstReported)))]));
    });

    private sealed record Page(string Name, string Kind, IReadOnlyList<string> Names, int Events, IReadOnlyList<Relation> Relations, IReadOnlyList<CareerStep> Career);

    private sealed record Relation(string Subject, string Predicate, string Object, double Confidence, string? FirstReported, IReadOnlyList<Source> Sources);

    /// <summary>One article stating a relation: where and when it was published, and the words (with their offsets) that state it.</summary>
    private sealed record Source(string ArticleId, string? Name, string? Url, string? Published, int Start, int End, string Words);

    private sealed record CareerStep(string Predicate, string Object, string? FirstReported);
}
