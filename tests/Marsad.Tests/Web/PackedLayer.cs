using System.Text;
using Marsad.Web.Api;

namespace Marsad.Tests.Web;

/// <summary>The map's layer as /api/points packs it, read back as the page's layer.js reads it (layout: <see cref="MapLayer.Pack"/>).</summary>
internal sealed record PackedLayer(
    IReadOnlyList<PackedLayer.Incident> Incidents, int Unplaced, (double South, double West, double North, double East) Bounds, IReadOnlyList<PackedLayer.Zoom> Zooms)
{
    public sealed record Incident(string Id, double Latitude, double Longitude, int Fatalities, int Type);

    public sealed record Cluster(double Latitude, double Longitude, int Size, int Type, int SplitsAt);

    public sealed record Zoom(IReadOnlyList<Cluster> Clusters, IReadOnlyList<int> Alone);

    public static PackedLayer Read(byte[] content)
    {
        using var reader = new BinaryReader(new MemoryStream(content));
        var count = reader.ReadInt32();
        var unplaced = reader.ReadInt32();
        var edges = Floats(reader, 4).Select(e => Math.Round(e, 4)).ToArray();
        var (lat, lon, fatalities, types) = (Floats(reader, count), Floats(reader, count), Ints(reader, count), Bytes(reader, count));
        var zooms = new List<Zoom>();
        for (var zoom = MapLayer.MinZoom; zoom <= MapLayer.MaxZoom; zoom++)
        {
            var (clusters, alone) = (reader.ReadInt32(), reader.ReadInt32());
            var (clusterLat, clusterLon, size, type, splitsAt) = (Floats(reader, clusters), Floats(reader, clusters), Ints(reader, clusters), Bytes(reader, clusters), Bytes(reader, clusters));
            zooms.Add(new Zoom([.. Enumerable.Range(0, clusters).Select(c => new Cluster(clusterLat[c], clusterLon[c], size[c], type[c], splitsAt[c]))], Ints(reader, alone)));
        }

        var ids = Encoding.UTF8.GetString(reader.ReadBytes(content.Length - (int)reader.BaseStream.Position)).Split('\n');
        return new PackedLayer(
            [.. Enumerable.Range(0, count).Select(i => new Incident(ids[i], lat[i], lon[i], fatalities[i], types[i]))], unplaced, (edges[0], edges[1], edges[2], edges[3]), zooms);
    }

    private static double[] Floats(BinaryReader reader, int count) => [.. Enumerable.Range(0, count).Select(_ => (double)reader.ReadSingle())];

    private static int[] Ints(BinaryReader reader, int count) => [.. Enumerable.Range(0, count).Select(_ => reader.ReadInt32())];

    // A column of bytes is padded to a multiple of 4.
    private static byte[] Bytes(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count);
        reader.ReadBytes((4 - count % 4) % 4);
        return bytes;
    }
}
