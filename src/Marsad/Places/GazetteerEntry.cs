using System.Collections.Immutable;

namespace Marsad.Places;

/// <summary>One place the gazetteer knows: a GeoNames feature, a Who's On First place, a country or a named area.</summary>
public sealed record GazetteerEntry
{
    /// <summary>Stable id: the GeoNames id, <c>wof:ID</c>, <c>country:ML</c> or <c>area:lake-chad</c>.</summary>
    /// <remarks>Set only when there is no GeoNames id; otherwise made from it (two hundred thousand strings fewer to load).</remarks>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public string Id
    {
        get => field ?? GeonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        init;
    }

    public long? GeonameId { get; init; }

    /// <summary>The name as GeoNames writes it ("Ménaka").</summary>
    public required string Name { get; init; }

    /// <summary>The name as ACLED writes a location: English spelling, no accents ("Menaka").</summary>
    public required string Location { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code; for an area over several countries, the first of <see cref="Countries"/>.</summary>
    public required string CountryCode { get; init; }

    /// <summary>Every country the place lies in (one, except for shared lakes, rivers and border areas).</summary>
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>GeoNames feature code (PPL, PPLA, ADM1, LK…); PCLI for a country, AREA for a named area.</summary>
    public required string FeatureCode { get; init; }

    public PlaceKind Kind { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public long Population { get; init; }

    /// <summary>A town or an admin seat (on GeoNames' cities1000 and seats list), not a hamlet.</summary>
    public bool Notable { get; init; }

    /// <summary>GeoNames admin1 code (<c>ML.09</c>), or null.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>GeoNames admin2 code (<c>BF.12.40</c>), or null.</summary>
    public string? Admin2Code { get; init; }

    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}
