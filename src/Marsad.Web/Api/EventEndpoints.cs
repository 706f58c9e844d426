using Marsad.Dedup;
using Marsad.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>The table's pages of incidents, and one incident with every report and its evidence.</summary>
internal static class EventEndpoints
{
    private const int MaxPage = 500;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", (HttpRequest request, Dataset data) =>
        {
            var query = new QueryReader(request, [.. QueryReader.FilterNames, "offset", "limit", "sort"]);
            var filter = query.Filter();
            var offset = query.Number("offset", 0, 0, int.MaxValue);
            var limit = query.Number("limit", 50, 1, MaxPage);
            var sort = query.Choice("sort", "-date", "date", "-date", "fatalities", "-fatalities", "sources", "-sources");
            if (query.Problem() is { } problem)
            {
                return problem;
            }

            var selection = data.Select(filter);
            var rows = Sorted(selection, sort).Skip(offset).Take(limit).Select(TableRow.From);
            return Results.Ok(new EventPage(selection.Count, offset, limit, [.. rows]));
        });

        app.MapGet("/api/events/{id}", (string id, HttpRequest request, Dataset data) =>
        {
            if (new QueryReader(request).Problem() is { } problem)
            {
                return problem;
            }

            if (data.Current().Find(id) is not { } cluster)
            {
                return Results.Problem(detail: $"no event '{id}'", statusCode: StatusCodes.Status404NotFound);
            }

            var sources = data.Read(store => cluster.Sources
                .Select(s => SourceView.From(s, store.Event(s.Key), store.LoadArticle(s.Key.ArticleId)))
                .ToList());
            return Results.Ok(new EventDetail(cluster.Id, EventView.From(cluster.Event), sources));
        });
    }

    // A selection is in date order already; the other orders keep it as the tie-break.
    private static IEnumerable<EventCluster> Sorted(Selection selection, string sort) => sort switch
    {
        "date" => selection.Clusters,
        "-date" => selection.Clusters.Reverse(),
        "fatalities" => selection.Clusters.OrderBy(c => c.Event.Fatalities ?? -1),
        "-fatalities" => selection.Clusters.OrderByDescending(c => c.Event.Fatalities ?? -1),
        "sources" => selection.Clusters.OrderBy(Views.ArticleCount),
        _ => selection.Clusters.OrderByDescending(Views.ArticleCount),
    };

    private sealed record EventPage(int Total, int Offset, int Limit, IReadOnlyList<TableRow> Rows);

    private sealed record EventDetail(string Id, EventView Event, IReadOnlyList<SourceView> Sources);
}
