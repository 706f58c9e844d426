using System.Text.Json;
using Marsad.Dedup;
using Marsad.Web.Data;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Marsad.Web.Api;

/// <summary>The table's pages of incidents, and one incident with every report and its evidence.</summary>
internal static class EventEndpoints
{
    private const int MaxPage = 500;
    private const int DefaultPage = 50;
    private const string DefaultSort = "-date";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", (HttpContext context, Dataset data, IOptions<JsonOptions> json) =>
        {
            var query = new QueryReader(context.Request, [.. QueryReader.FilterNames, "offset", "limit", "sort"]);
            var filter = query.Filter();
            var offset = query.Number("offset", 0, 0, int.MaxValue);
            var limit = query.Number("limit", DefaultPage, 1, MaxPage);
            var sort = query.Choice("sort", DefaultSort, "date", DefaultSort, "fatalities", "-fatalities", "sources", "-sources");
            if (query.Problem() is { } problem)
            {
                return problem;
            }

            var selection = data.Select(filter);
            return (offset, limit, sort) == (0, DefaultPage, DefaultSort)
                ? FirstPage(selection, json.Value.SerializerOptions).Serve(context)
                : Results.Ok(Page(selection, sort, offset, limit));
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

    /// <summary>The first page in the default order, which every page load asks for first: written once per selection.</summary>
    public static ETagged FirstPage(Selection selection, JsonSerializerOptions json) =>
        selection.Derived("first page", s => ETagged.Json(Page(s, DefaultSort, 0, DefaultPage), json));

    private static EventPage Page(Selection selection, string sort, int offset, int limit) =>
        new(selection.Count, offset, limit, [.. Sorted(selection, sort).Skip(offset).Take(limit).Select(TableRow.From)]);

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
