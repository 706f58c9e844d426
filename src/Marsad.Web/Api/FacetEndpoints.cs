using System.Text.Json;
using Marsad.Dedup;
using Marsad.Events;
using Marsad.Web.Data;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Marsad.Web.Api;

/// <summary>What the filters offer: the dataset's dates, countries with their regions, actors, and ACLED's types.</summary>
internal static class FacetEndpoints
{
    private const int MaxActors = 500;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/facets", (HttpContext context, Dataset data, ServeOptions options, IOptions<JsonOptions> json) =>
            new QueryReader(context.Request).Problem() ?? Of(data.Current(), options, json.Value.SerializerOptions).Serve(context));

    /// <summary>The choices a snapshot offers, written once per snapshot.</summary>
    public static ETagged Of(Snapshot snapshot, ServeOptions options, JsonSerializerOptions json) => snapshot.Derived("facets", s =>
    {
        var clusters = s.Clusters;
        var dates = clusters.Select(c => c.Event.EventDate).OfType<DateOnly>().ToList();
        var countries = clusters.Where(c => c.Event.Country is not null).GroupBy(c => c.Event.Country!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Country(g.Key, g.Count(), Counted(g.Select(c => c.Event.Admin1).OfType<string>())))
            .ToList();
        var types = MapEndpoints.Types.Select(t => new EventType(t, AcledTaxonomy.SubEventTypes[t])).ToList();
        return ETagged.Json(
            new Facets(
                clusters.Length, dates.Count > 0 ? Views.Iso(dates.Min()) : null, dates.Count > 0 ? Views.Iso(dates.Max()) : null,
                countries, [.. Counted(clusters.SelectMany(Actors)).Take(MaxActors)], types, options.Online),
            json);
    });

    /// <summary>Every actor an incident names once: the two sides and their associates.</summary>
    public static IEnumerable<string> Actors(EventCluster c) =>
        new[] { c.Event.Actor1, c.Event.Actor2 }.OfType<string>().Concat(c.Event.AssocActor1).Concat(c.Event.AssocActor2).Distinct(StringComparer.Ordinal);

    private static List<Named> Counted(IEnumerable<string> names) => [.. names.GroupBy(n => n, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => new Named(g.Key, g.Count()))];

    internal sealed record Facets(int Total, string? First, string? Last, IReadOnlyList<Country> Countries, IReadOnlyList<Named> Actors, IReadOnlyList<EventType> Types, bool Online);

    internal sealed record Country(string Name, int Count, IReadOnlyList<Named> Admin1);

    internal sealed record Named(string Name, int Count);

    internal sealed record EventType(string Name, string[] SubTypes);
}
