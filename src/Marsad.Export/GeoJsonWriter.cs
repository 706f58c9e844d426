using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Dedup;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Marsad.Export;

/// <summary>A GeoJSON FeatureCollection (RFC 7946, WGS84): one point feature per event with every column as a property; events without coordinates have a null geometry.</summary>
internal static class GeoJsonWriter
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new GeoJsonConverterFactory() } };

    public static void Write(IEnumerable<EventCluster> clusters, Stream output, DateTimeOffset exportedAt)
    {
        var collection = new FeatureCollection();
        foreach (var cluster in clusters)
        {
            var row = ExportRows.From(cluster, exportedAt);
            var attributes = new AttributesTable();
            foreach (var (name, value) in JsonSerializer.SerializeToElement(row).EnumerateObject().Select(p => (p.Name, p.Value)))
            {
                attributes.Add(name, Plain(value));
            }

            Geometry? point = row.Latitude is { } lat && row.Longitude is { } lon ? Factory.CreatePoint(new Coordinate(lon, lat)) : null;
            collection.Add(new Feature(point, attributes));
        }

        JsonSerializer.Serialize(output, collection, Options);
    }

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
