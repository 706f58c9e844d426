namespace Marsad.Places;

/// <summary>The place word that introduced a name (مدينة, région de, X state), or none.</summary>
public enum PlaceCue
{
    None,
    City,
    Town,
    Village,
    Region,
    Province,
    District,
    Commune,
    Country,
    Area,
    Lake,
    River,
    Forest,
    Mountain,
    Island,
}

/// <summary>How the reported event relates to the named place.</summary>
public enum PlaceRelation
{
    /// <summary>At the place itself.</summary>
    At,

    /// <summary>Near it (قرب, près de, near, outside).</summary>
    Near,

    /// <summary>In a direction from it (شمال X, north of X).</summary>
    Direction,

    /// <summary>At a distance from it (على بعد 30 كيلومترا من X, 20 km from X).</summary>
    Distance,

    /// <summary>Between it and another place (بين X و Y).</summary>
    Between,

    /// <summary>On its outskirts (ضواحي X, on the outskirts of X).</summary>
    Outskirts,

    /// <summary>At its border (قرب الحدود مع X, near the border with X).</summary>
    Border,
}
