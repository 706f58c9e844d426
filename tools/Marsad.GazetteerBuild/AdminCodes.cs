using System.Globalization;

namespace Marsad.GazetteerBuild;

/// <summary>A GeoNames admin1 or admin2 code row: <c>ML.09</c>, Gao, geonameid 2457161.</summary>
internal sealed record AdminCode(string Code, string Name, string Ascii, long GeonameId);

internal static class AdminCodes
{
    public static List<AdminCode> Read(string path, HashSet<string> countries) =>
    [
        .. File.ReadLines(path)
            .Select(line => line.Split('\t'))
            .Where(f => f.Length >= 4 && countries.Contains(f[0][..2]))
            .Select(f => new AdminCode(f[0], f[1], f[2], long.Parse(f[3], CultureInfo.InvariantCulture))),
    ];
}
