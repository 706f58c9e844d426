using Marsad.Events;

namespace Marsad.Dedup;

/// <summary>
/// Decides whether two reported events are the same incident: same event type, dates within
/// their precisions, places within a distance (or the same admin2 when either is coarse), and
/// actors that do not contradict each other.
/// </summary>
internal sealed class IncidentMatcher(DedupOptions options)
{
    public bool SameIncident(EventRecord a, EventRecord b) =>
        a.EventType == b.EventType && DatesAgree(a, b) && PlacesAgree(a, b) && ActorMatching.Compatible(a, b);

    private static bool DatesAgree(EventRecord a, EventRecord b)
    {
        // An undated report cannot be placed in time, so it is never merged with another.
        if (a.EventDate is not { } da || b.EventDate is not { } db)
        {
            return false;
        }

        var tolerance = Math.Max(DedupOptions.DateToleranceDays(a.TimePrecision), DedupOptions.DateToleranceDays(b.TimePrecision));
        return Math.Abs(da.DayNumber - db.DayNumber) <= tolerance;
    }

    private bool PlacesAgree(EventRecord a, EventRecord b)
    {
        if (a.Country is not null && b.Country is not null && !Same(a.Country, b.Country))
        {
            return false;
        }

        if (IsPrecise(a) && IsPrecise(b))
        {
            return GeoDistance.Kilometres(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value) <= options.MaxDistanceKm;
        }

        return a.Admin2 is not null && b.Admin2 is not null && Same(a.Admin2, b.Admin2);
    }

    private static bool IsPrecise(EventRecord e) => e.Latitude is not null && e.Longitude is not null && e.GeoPrecision is 1 or 2;

    private static bool Same(string x, string y) => string.Equals(x.Trim(), y.Trim(), StringComparison.OrdinalIgnoreCase);
}
