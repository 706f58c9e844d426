using System.Text;
using Marsad.Dedup;

namespace Marsad.Web.Api;

/// <summary>
/// What the map shows of a selection at every zoom, computed once per selection on the server so
/// the page only picks what is in view: every placed incident, and for each zoom from
/// <see cref="MinZoom"/> to <see cref="MaxZoom"/> the clusters and lone incidents there (beyond
/// it every incident is alone). The clustering is supercluster's: at each zoom, from the finest
/// down, each item not yet taken gathers the items within 44 pixels (of a 512-pixel tile) into one
/// cluster at their weighted centre.
/// </summary>
internal static class MapLayer
{
    public const int MinZoom = 2;
    public const int MaxZoom = 10;

    private const double RadiusPixels = 44;
    private const double TilePixels = 512;

    /// <summary>
    /// The layer packed for the page (little-endian, in columns that are each one typed array; a
    /// column of bytes is padded to a multiple of 4):
    /// <list type="bullet">
    /// <item>the number of placed incidents n and of unplaced ones (int32); the placed ones' south,
    /// west, north and east edges (float32);</item>
    /// <item>each placed incident's latitude and longitude (float32, a metre or two apart from the
    /// stored value), fatalities (int32, -1 when no source gives a figure) and type (uint8, an index
    /// in <paramref name="types"/>, 255 for none of them);</item>
    /// <item>for each zoom from <see cref="MinZoom"/> to <see cref="MaxZoom"/>: the number of clusters
    /// c and of lone incidents l (int32); each cluster's latitude and longitude (float32), size (int32),
    /// most frequent type (uint8) and the zoom at which it splits (uint8); each lone incident's
    /// position among the placed ones (int32);</item>
    /// <item>the placed incidents' ids in UTF-8, one a line.</item>
    /// </list>
    /// </summary>
    public static byte[] Pack(IEnumerable<EventCluster> selection, string[] types)
    {
        var incidents = selection.ToList();
        var placed = incidents.Where(c => c.Event.Latitude is not null && c.Event.Longitude is not null).ToList();
        var lat = placed.Select(c => c.Event.Latitude!.Value).ToArray();
        var lon = placed.Select(c => c.Event.Longitude!.Value).ToArray();
        var type = placed.Select(c => Array.IndexOf(types, c.Event.EventType)).ToArray();

        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer);
        writer.Write(placed.Count);
        writer.Write(incidents.Count - placed.Count);
        var any = placed.Count > 0;
        foreach (var edge in new[] { any ? lat.Min() : 0, any ? lon.Min() : 0, any ? lat.Max() : 0, any ? lon.Max() : 0 })
        {
            writer.Write((float)edge);
        }

        Floats(writer, lat);
        Floats(writer, lon);
        foreach (var c in placed)
        {
            writer.Write(c.Event.Fatalities ?? -1);
        }

        Bytes(writer, type.Select(t => (byte)t));
        var items = Enumerable.Range(0, placed.Count).Select(i => Item.Alone(i, lon[i], lat[i], type[i], types.Length)).ToList();
        var levels = new List<Item>[MaxZoom + 1];
        for (var zoom = MaxZoom; zoom >= MinZoom; zoom--)
        {
            items = levels[zoom] = Clustered(items, zoom, types.Length);
        }

        for (var zoom = MinZoom; zoom <= MaxZoom; zoom++)
        {
            var clusters = levels[zoom].Where(i => i.Incident < 0).ToList();
            var alone = levels[zoom].Where(i => i.Incident >= 0).ToList();
            writer.Write(clusters.Count);
            writer.Write(alone.Count);
            Floats(writer, clusters.Select(c => YLatitude(c.Y)));
            Floats(writer, clusters.Select(c => XLongitude(c.X)));
            foreach (var c in clusters)
            {
                writer.Write(c.Size);
            }

            Bytes(writer, clusters.Select(c => (byte)c.MostFrequentType));
            Bytes(writer, clusters.Select(c => (byte)(c.Zoom + 1)));
            foreach (var i in alone)
            {
                writer.Write(i.Incident);
            }
        }

        writer.Write(Encoding.UTF8.GetBytes(string.Join('\n', placed.Select(c => c.Id))));
        writer.Flush();
        return buffer.ToArray();
    }

    /// <summary>The items of the next zoom out: each item not yet taken, in order, takes those within the radius.</summary>
    private static List<Item> Clustered(List<Item> items, int zoom, int typeCount)
    {
        var radius = RadiusPixels / (TilePixels * Math.Pow(2, zoom));
        var cells = new Dictionary<(long, long), List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            var cell = Cell(items[i], radius);
            if (!cells.TryGetValue(cell, out var members))
            {
                cells[cell] = members = [];
            }

            members.Add(i);
        }

        var taken = new bool[items.Count];
        var next = new List<Item>();
        var near = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (taken[i])
            {
                continue;
            }

            taken[i] = true;
            var item = items[i];
            near.Clear();
            var (column, row) = Cell(item, radius);
            for (var x = column - 1; x <= column + 1; x++)
            {
                for (var y = row - 1; y <= row + 1; y++)
                {
                    if (cells.TryGetValue((x, y), out var members))
                    {
                        near.AddRange(members.Where(j => !taken[j] && Distance2(item, items[j]) <= radius * radius));
                    }
                }
            }

            if (near.Count == 0)
            {
                next.Add(item);
                continue;
            }

            near.ForEach(j => taken[j] = true);
            next.Add(Item.Cluster(near.Select(j => items[j]).Prepend(item).ToList(), zoom, typeCount));
        }

        return next;
    }

    private static (long Column, long Row) Cell(Item item, double size) => ((long)Math.Floor(item.X / size), (long)Math.Floor(item.Y / size));

    private static double Distance2(Item a, Item b) => (a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y);

    private static void Floats(BinaryWriter writer, IEnumerable<double> values)
    {
        foreach (var value in values)
        {
            writer.Write((float)value);
        }
    }

    private static void Bytes(BinaryWriter writer, IEnumerable<byte> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            writer.Write(value);
            count++;
        }

        writer.Write(new byte[(4 - count % 4) % 4]);
    }

    // Web Mercator, in tiles of 1 × 1 at zoom 0, as supercluster projects.
    private static double LongitudeX(double longitude) => longitude / 360 + 0.5;

    private static double LatitudeY(double latitude)
    {
        var sin = Math.Sin(latitude * Math.PI / 180);
        return Math.Clamp(0.5 - 0.25 * Math.Log((1 + sin) / (1 - sin)) / Math.PI, 0, 1);
    }

    private static double XLongitude(double x) => (x - 0.5) * 360;

    private static double YLatitude(double y) => 360 * Math.Atan(Math.Exp((180 - y * 360) * Math.PI / 180)) / Math.PI - 90;

    /// <summary>An incident alone (<see cref="Incident"/> its position) or a cluster made at <see cref="Zoom"/>, with its count of each type.</summary>
    private sealed record Item(double X, double Y, int Size, int Incident, int Zoom, int[] TypeCounts)
    {
        /// <summary>The first of the most frequent types (0 when none is one of the six).</summary>
        public int MostFrequentType => Array.IndexOf(TypeCounts, TypeCounts.Max());

        public static Item Alone(int incident, double longitude, double latitude, int type, int typeCount)
        {
            var counts = new int[typeCount];
            if (type >= 0)
            {
                counts[type] = 1;
            }

            return new Item(LongitudeX(longitude), LatitudeY(latitude), 1, incident, MaxZoom + 1, counts);
        }

        public static Item Cluster(List<Item> members, int zoom, int typeCount)
        {
            var size = members.Sum(m => m.Size);
            var counts = new int[typeCount];
            foreach (var m in members)
            {
                for (var t = 0; t < typeCount; t++)
                {
                    counts[t] += m.TypeCounts[t];
                }
            }

            return new Item(members.Sum(m => m.X * m.Size) / size, members.Sum(m => m.Y * m.Size) / size, size, -1, zoom, counts);
        }
    }
}
