using Marsad.Dedup;
using Marsad.Events;

namespace Marsad.Tests.Dedup;

/// <summary>Fictional reports of Sahel incidents for dedup tests.</summary>
internal static class Reports
{
    public const double GaoLat = 16.2717, GaoLon = -0.0447;
    public const double AnsongoLat = 15.6597, AnsongoLon = 0.5022;

    public static EventRecord Ambush(string article, int? fatalities, DateOnly? date = null, double confidence = 0.8) => new()
    {
        ArticleId = article,
        EventType = AcledTaxonomy.Battles,
        SubEventType = "Armed clash",
        EventDate = date ?? new DateOnly(2025, 2, 11),
        TimePrecision = 1,
        Actor1 = "JNIM: Group for Support of Islam and Muslims",
        Actor1Kind = ActorKinds.Jihadist,
        Actor2 = "Military Forces of Mali (2021-)",
        Actor2Kind = ActorKinds.StateForces,
        Country = "Mali",
        Admin1 = "Gao",
        Admin2 = "Gao",
        Location = "Gao",
        Latitude = GaoLat,
        Longitude = GaoLon,
        GeoPrecision = 1,
        Fatalities = fatalities,
        Confidence = confidence,
        Source = "Outlet " + article,
        Notes = "JNIM ambushed a Malian army convoy near Gao.",
    };

    public static KeyedEvent Keyed(EventRecord e, int ordinal = 0) => new(new EventKey(e.ArticleId, ordinal), e);
}
