using System.Collections.Immutable;
using Marsad.Resources;

namespace Marsad.Places;

/// <summary>The regions a part of a country stands for, and the one news usually means by it (null when none stands out).</summary>
/// <param name="Regions">Admin1 codes.</param>
/// <param name="Usual">The admin1 code an event placed only by the part is coded to when the article says no more, or null.</param>
internal sealed record CountryPart(ImmutableArray<string> Regions, string? Usual);

/// <summary>
/// The admin1 regions a part of a country stands for (<c>data/geo/country_parts.tsv</c>): "وسط مالي" is Mopti and Ségou,
/// "north-east Nigeria" Borno, Yobe and Adamawa among others.
/// </summary>
internal sealed class CountryParts
{
    private static readonly HashSet<string> Points = ["N", "NE", "E", "SE", "S", "SW", "W", "NW", "C"];
    private readonly Dictionary<(string Country, string Part), CountryPart> _parts;

    private CountryParts(Dictionary<(string, string), CountryPart> parts) => _parts = parts;

    public static CountryParts Load(ResourceStore resources, Func<string, bool> isAdmin1)
    {
        var parts = new Dictionary<(string, string), CountryPart>();
        foreach (var row in TsvTable.Read(resources, "geo/country_parts.tsv", "country", "part", "admin1", "usual", "note").Rows)
        {
            var (country, part, codes) = (row["country"], row["part"], row.List("admin1"));
            if (!Points.Contains(part))
            {
                throw row.Fail($"part '{part}' is not a compass point or C");
            }

            if (codes.Count == 0)
            {
                throw row.Fail("no admin1 code");
            }

            if (codes.FirstOrDefault(c => !c.StartsWith(country + ".", StringComparison.Ordinal) || !isAdmin1(c)) is { } wrong)
            {
                throw row.Fail($"'{wrong}' is not an admin1 code of {country}");
            }

            var usual = row.Optional("usual");
            if (usual is not null && !codes.Contains(usual))
            {
                throw row.Fail($"the usual region '{usual}' is not one of the part's");
            }

            if (!parts.TryAdd((country, part), new CountryPart([.. codes], usual)))
            {
                throw row.Fail($"{country} {part} is listed twice");
            }
        }

        return new CountryParts(parts);
    }

    /// <summary>The part <paramref name="part"/> of <paramref name="country"/>; null when the table has none (or no part is named).</summary>
    public CountryPart? Of(string country, string? part) =>
        part is not null && _parts.TryGetValue((country, part), out var found) ? found : null;
}
