namespace Marsad.GazetteerBuild;

/// <summary>
/// The GeoNames feature codes that conflict reports name: populated places, administrative
/// units, and the natural features and areas that serve as locations (lakes, rivers, wells,
/// forests, mountains, islands, regions). Streams that only run in the rains, hills, dunes and
/// the like are left out: they are many and seldom reported.
/// </summary>
internal static class FeatureFilter
{
    private static readonly HashSet<string> Kept =
    [
        "A.ADM1", "A.ADM2", "A.ADM3",
        "H.LK", "H.LKI", "H.LKN", "H.STM", "H.WLL",
        "T.MT", "T.MTS", "T.PLAT", "T.ISL",
        "V.FRST", "V.FRSTF",
        "L.RGN", "L.AREA", "L.RESF", "L.RESN", "L.PRK", "L.LCTY",
    ];

    public static bool Keep(string featureClass, string featureCode) =>
        featureClass == "P" || Kept.Contains(featureClass + "." + featureCode);
}
