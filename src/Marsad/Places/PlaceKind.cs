namespace Marsad.Places;

/// <summary>What sort of place a gazetteer entry is, from its feature code.</summary>
public enum PlaceKind
{
    Village,
    Town,
    Seat,
    Capital,
    Country,
    Admin1,
    Admin2,
    Admin3,
    Natural,
    Area,
    Well,
}

internal static class PlaceKinds
{
    public static PlaceKind Of(string featureCode) => featureCode switch
    {
        "PCLI" => PlaceKind.Country,
        "ADM1" => PlaceKind.Admin1,
        "ADM2" => PlaceKind.Admin2,
        "ADM3" => PlaceKind.Admin3,
        "PPLC" => PlaceKind.Capital,
        "PPLA" or "PPLA2" or "PPLA3" or "PPLA4" => PlaceKind.Seat,
        "WLL" => PlaceKind.Well,
        "RGN" or "AREA" or "RESF" or "RESN" or "PRK" or "LCTY" => PlaceKind.Area,
        "LK" or "LKI" or "LKN" or "STM" or "MT" or "MTS" or "PLAT" or "ISL" or "FRST" or "FRSTF" or "LAKE" or "RIVER" or "FOREST" => PlaceKind.Natural,
        _ when featureCode.StartsWith("PPL", StringComparison.Ordinal) => PlaceKind.Town,
        _ => PlaceKind.Village,
    };

    public static bool IsPopulated(this PlaceKind kind) => kind is PlaceKind.Village or PlaceKind.Town or PlaceKind.Seat or PlaceKind.Capital;

    public static bool IsAdmin(this PlaceKind kind) => kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Admin3;

    /// <summary>
    /// How likely a report names this place rather than a homonym, before any context: capitals
    /// and seats over villages, big towns over small, towns on the cities list over hamlets.
    /// </summary>
    public static float Prior(GazetteerEntry entry, bool hasArabicName)
    {
        var prior = entry.FeatureCode switch
        {
            "PCLI" or "PPLC" => 1f,
            "ADM1" or "PPLA" => 0.9f,
            "PPLA2" => 0.75f,
            "PPLA3" or "ADM2" => 0.6f,
            "ADM3" or "PPLA4" => 0.45f,
            "PPLX" or "LCTY" or "WLL" => 0.2f,
            // Only entries without a GeoNames id have ids of their own; asking the others would format one per place.
            _ when entry.GeonameId is null && entry.Id.StartsWith("area:", StringComparison.Ordinal) => 0.8f,
            _ when entry.Kind is PlaceKind.Natural or PlaceKind.Area => 0.45f,
            _ => 0.3f + Math.Min(0.3f, 0.075f * MathF.Log10(1 + entry.Population)),
        };

        prior += entry.Notable ? 0.15f : 0;
        prior += hasArabicName ? 0.1f : 0;
        return Math.Min(1f, prior);
    }
}
