namespace Marsad.Places;

/// <summary>
/// Where an event took place, in ACLED's terms: country, admin1, admin2 and location as ACLED
/// spells them, coordinates, and geo_precision (1 the town itself, 2 near it or part of a
/// district, 3 only a region or the country). An unresolved place keeps its surface and the
/// country from context, with precision 3 and no coordinates.
/// </summary>
public sealed record ResolvedPlace
{
    /// <summary>English country name ("Mali", "Burkina Faso").</summary>
    public string? Country { get; init; }

    public string? CountryCode { get; init; }

    /// <summary>ACLED admin1 ("Gao", "Tillaberi", "Sahel", "Borno").</summary>
    public string? Admin1 { get; init; }

    public string? Admin2 { get; init; }

    /// <summary>ACLED location: English spelling without accents ("Menaka"); null when unresolved or only a country.</summary>
    public string? Location { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public int GeoPrecision { get; init; } = 3;

    public long? GeonameId { get; init; }

    /// <summary>The gazetteer id of the entry (GeoNames id, wof:ID, area:…, country:…), or null when unresolved.</summary>
    public string? PlaceId { get; init; }

    /// <summary>True for a country's capital: reports name it for the government that sits there as often as for what happens in it.</summary>
    public bool IsCapital { get; init; }

    /// <summary>True when no gazetteer entry was chosen: only the surface and the country are known.</summary>
    public bool Unresolved { get; init; }

    /// <summary>The name as the text writes it.</summary>
    public required string Surface { get; init; }

    /// <summary>The phrase that supports the place.</summary>
    public TextSpan Evidence { get; init; }
}
