namespace Marsad.GazetteerBuild;

/// <summary>One place as the sources describe it, merged across files: the newest row gives the facts, every row adds names.</summary>
internal sealed class SourcePlace
{
    public long? GeonameId { get; set; }

    public long? WofId { get; set; }

    public required string Name { get; set; }

    public required string Ascii { get; set; }

    public required string Country { get; set; }

    public required string Feature { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public long Population { get; set; }

    /// <summary>Full GeoNames admin1 code (<c>ML.09</c>), or empty.</summary>
    public string Admin1 { get; set; } = "";

    /// <summary>Full GeoNames admin2 code (<c>BF.12.40</c>), or empty.</summary>
    public string Admin2 { get; set; } = "";

    /// <summary>The date of the row the facts come from (GeoNames modification date).</summary>
    public string Modified { get; set; } = "";

    /// <summary>On the cities1000-and-seats list: a town or an admin seat, not a hamlet.</summary>
    public bool Notable { get; set; }

    public NameSet Latin { get; } = new();

    public NameSet Arabic { get; } = new();
}
