using System.Globalization;
using Marsad.Export;
using Marsad.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Marsad.Web.Api;

/// <summary>The current selection as a file, written by the same exporters as <c>marsad export</c>.</summary>
internal static class ExportEndpoints
{
    private static readonly Dictionary<string, (ExportFormat Format, string Extension, string ContentType)> Formats = new(StringComparer.Ordinal)
    {
        ["acled-csv"] = (ExportFormat.AcledCsv, "csv", "text/csv; charset=utf-8"),
        ["geojson"] = (ExportFormat.GeoJson, "geojson", "application/geo+json"),
    };

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/export", async (HttpContext context, Dataset data, TimeProvider clock) =>
    {
        var query = new QueryReader(context.Request, [.. QueryReader.FilterNames, "format"]);
        var filter = query.Filter();
        var format = query.Choice("format", "acled-csv", [.. Formats.Keys]);
        if (query.Problem() is { } problem)
        {
            await problem.ExecuteAsync(context);
            return;
        }

        var (chosen, extension, contentType) = Formats[format];
        var now = clock.GetUtcNow();
        var response = context.Response;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"marsad-{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.{extension}\"";

        // The exporters write synchronously; the buffer (memory, then a temporary file) lets them,
        // and is then copied to the response asynchronously.
        await using var buffer = new FileBufferingWriteStream();
        await Exporter.WriteAsync(chosen, data.Select(filter).Clusters, buffer, now);
        await buffer.DrainBufferAsync(response.Body, context.RequestAborted);
    });
}
