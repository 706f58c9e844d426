using System.Buffers;
using System.Text.Json;
using Marsad.Events;
using Marsad.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>
/// What the map and the timeline draw, compact: every placed incident as a short array, and weekly
/// counts by event type. The browser clusters the points; nothing here is per-event markup.
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
        app.MapGet("/api/points", (HttpRequest request, Dataset data) =>
        {
            var query = new QueryReader(request, QueryReader.FilterNames);
            var filter = query.Filter();
            return query.Problem() ?? Results.Bytes(Points(data.Select(filter)), "application/json");
        });

        app.MapGet("/api/timeline", (HttpRequest request, Dataset data) =>
        {
            var query = new QueryReader(request, QueryReader.FilterNames);
            var filter = query.Filter();
            return query.Problem() ?? Results.Ok(Weekly(data.Select(filter)));
        });
    }

    /// <summary>
    /// <c>{"types": [...], "points": [[id, latitude, longitude, type index, fatalities], ...], "unplaced": n}</c>,
    /// written directly: tens of thousands of short arrays are the page's largest answer.
    /// </summary>
    private static byte[] Points(Selection selection)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("types");
            foreach (var type in Types)
            {
                json.WriteStringValue(type);
            }

            json.WriteEndArray();
            json.WriteStartArray("points");
            var unplaced = 0;
            foreach (var c in selection.Clusters)
            {
                if (c.Event.Latitude is not { } lat || c.Event.Longitude is not { } lon)
                {
                    unplaced++;
                    continue;
                }

                // 4 decimals are 11 m.
                json.WriteStartArray();
                json.WriteStringValue(c.Id);
                json.WriteNumberValue(Math.Round(lat, 4));
                json.WriteNumberValue(Math.Round(lon, 4));
                json.WriteNumberValue(Array.IndexOf(Types, c.Event.EventType));
                if (c.Event.Fatalities is { } fatalities)
                {
                    json.WriteNumberValue(fatalities);
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteNumber("unplaced", unplaced);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Counts per ISO week (weeks start on Monday) and type, every week from the first to the last, and the undated.</summary>
    private static Timeline Weekly(Selection selection)
    {
        var byWeek = new SortedDictionary<DateOnly, int[]>();
        var undated = 0;
        foreach (var c in selection.Clusters)
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
        return new Timeline(Types, [.. weeks.Select(w => Views.Iso(w)!)], series, undated);
    }

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Weekly counts: <c>Counts[type][week]</c>.</summary>
    private sealed record Timeline(string[] Types, IReadOnlyList<string> Weeks, int[][] Counts, int Undated);
}
