namespace Marsad.GazetteerBuild;

/// <summary>
/// Gives an admin1 to the places whose sources left it out (Who's On First localities with no
/// region, mostly in Nigeria and Chad): the code most of the five nearest places of the same
/// country carry. A grid of quarter-degree cells keeps the search local.
/// </summary>
internal static class AdminFill
{
    private const double Cell = 0.25;
    private const int Neighbours = 5;
    private const int MaxRing = 8;

    public static int FillAdmin1(IReadOnlyList<SourcePlace> places)
    {
        var grid = places.Where(p => p.Admin1.Length > 0).ToLookup(p => (p.Country, Key(p.Latitude), Key(p.Longitude)));
        var filled = 0;
        foreach (var place in places.Where(p => p.Admin1.Length == 0))
        {
            var near = new List<SourcePlace>();
            for (var ring = 0; ring <= MaxRing && near.Count < Neighbours; ring++)
            {
                foreach (var (dy, dx) in Ring(ring))
                {
                    near.AddRange(grid[(place.Country, Key(place.Latitude) + dy, Key(place.Longitude) + dx)]);
                }
            }

            var vote = near
                .OrderBy(p => Math.Pow(p.Latitude - place.Latitude, 2) + Math.Pow(p.Longitude - place.Longitude, 2))
                .Take(Neighbours)
                .GroupBy(p => p.Admin1)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (vote is not null)
            {
                place.Admin1 = vote.Key;
                filled++;
            }
        }

        return filled;
    }

    private static int Key(double degrees) => (int)Math.Floor(degrees / Cell);

    private static IEnumerable<(int, int)> Ring(int r)
    {
        for (var dy = -r; dy <= r; dy++)
        {
            for (var dx = -r; dx <= r; dx++)
            {
                if (Math.Max(Math.Abs(dy), Math.Abs(dx)) == r)
                {
                    yield return (dy, dx);
                }
            }
        }
    }
}
