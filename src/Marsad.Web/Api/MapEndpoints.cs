using System.Text.Json;
using Marsad.Events;
using Marsad.Web.Data;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Marsad.Web.Api;

/// <summary>
/// What the map and the timeline draw, compact: the map's layer (its points and clusters at every
/// zoom, packed) and weekly counts by event type; nothing here is per-event markup.
/// </summary>
internal static class MapEndpoints
{
    /// <summary>ACLED's six event types in the order the page colours and stacks them.</summary>
    public static readonly string[] Types =
    [
        AcledTaxonomy.Battles, AcledTaxonomy.Explosions, AcledTaxonomy.ViolenceAgainstCivilians,
        AcledTaxonomy.Protests, AcledTaxonomy.Riots, AcledTaxonomy.StrategicDevelopments,
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/points", (HttpContext context, Dataset data) =>
        {
            var query = new QueryReader(context.Request, QueryReader.FilterNames);
            var filter = query.Filter();
            return query.Problem() ?? Points(data.Select(filter)).Serve(context);
        });

        app.MapGet("/api/timeline", (HttpContext context, Dataset data, IOptions<JsonOptions> json) =>
        {
            var query = new QueryReader(context.Request, QueryReader.FilterNames);
            var filter = query.Filter();
            return query.Problem() ?? Weekly(data.Select(filter), json.Value.SerializerOptions).Serve(context);
        });
    }

    /// <summary>
    /// What the map of a selection shows, computed once per selection (the page's first render asks
    /// for the whole store's, which <see cref="MarsadWeb"/> computes at start).
    /// </summary>
    public static void Prepare(Selection selection, JsonSerializerOptions json)
    {
        Points(selection);
        Weekly(selection, json);
    }

    /// <summary>The map's layer (<see cref="MapLayer.Pack"/>): tens of thousands of points are the page's largest answer.</summary>
    private static ETagged Points(Selection selection) =>
        selection.Derived("points", s => new ETagged(MapLayer.Pack(s.Clusters, Types), "application/octet-stream"));

    /// <summary>Counts per ISO week (weeks start on Monday) and type, every week from the first to the last, and the undated.</summary>
    private static ETagged Weekly(Selection selection, JsonSerializerOptions json) => selection.Derived("timeline", s =>
    {
        var byWeek = new SortedDictionary<DateOnly, int[]>();
        var undated = 0;
        foreach (var c in s.Clusters)
        {
            var type = Array.IndexOf(Types, c.Event.EventType);
            if (c.Event.EventDate is not { } date || type < 0)
            {
                undated++;
                continue;
            }

            var week = Monday(date);
            if (!byWeek.TryGetValue(week, out var counts))
            {
                byWeek[week] = counts = new int[Types.Length];
            }

            counts[type]++;
        }

        var weeks = new List<DateOnly>();
        if (byWeek.Count > 0)
        {
            for (var week = byWeek.Keys.First(); week <= byWeek.Keys.Last(); week = week.AddDays(7))
            {
                weeks.Add(week);
            }
        }

        var series = Types.Select((_, t) => weeks.Select(w => byWeek.TryGetValue(w, out var counts) ? counts[t] : 0).ToArray()).ToArray();
        return ETagged.Json(new Timeline(Types, [.. weeks.Select(w => Views.Iso(w)!)], series, undated), json);
    });

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Weekly counts: <c>Counts[type][week]</c>.</summary>
    private sealed record Timeline(string[] Types, IReadOnlyList<string> Weeks, int[][] Counts, int Undated);
}
