namespace Marsad.Places;

/// <summary>An admin1 unit: its ACLED name, and its capital, where ACLED puts region-only events.</summary>
internal sealed record Admin1Unit(string Code, string Acled, string? Capital, long? CapitalGeonameId, double? CapitalLatitude, double? CapitalLongitude);
