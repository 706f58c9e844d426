using Marsad.Text;

namespace Marsad.GazetteerBuild;

/// <summary>
/// Marks as notable the town that gives its name to a district or commune ("Kéniéba" for
/// "Kenieba Cercle"): the nearest place of that name in the same admin1, within a day's walk of
/// the unit's centre. GeoNames often leaves such seats as plain villages with no population.
/// </summary>
internal static class SeatMarker
{
    private const double MaxDegrees = 0.6;

    public static int Mark(IReadOnlyList<SourcePlace> places)
    {
        var towns = places.Where(p => p.Feature.StartsWith("PPL", StringComparison.Ordinal))
            .ToLookup(p => (p.Country, p.Admin1, NameSet.Key(p.Ascii)));
        var marked = 0;
        foreach (var unit in places.Where(p => p.Feature is "ADM2" or "ADM3"))
        {
            var words = CharFolding.Fold(unit.Ascii).Split(' ', '-');
            var seat = words
                .SelectMany((_, start) => Enumerable.Range(1, words.Length - start).Select(n => string.Concat(words.Skip(start).Take(n))))
                .SelectMany(key => towns[(unit.Country, unit.Admin1, key)])
                .Where(t => Math.Abs(t.Latitude - unit.Latitude) < MaxDegrees && Math.Abs(t.Longitude - unit.Longitude) < MaxDegrees)
                .OrderBy(t => Math.Pow(t.Latitude - unit.Latitude, 2) + Math.Pow(t.Longitude - unit.Longitude, 2))
                .FirstOrDefault();
            if (seat is { Notable: false })
            {
                seat.Notable = true;
                marked++;
            }
        }

        return marked;
    }
}
