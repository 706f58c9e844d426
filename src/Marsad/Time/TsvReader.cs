using Marsad.Resources;

namespace Marsad.Time;

/// <summary>
/// Reads a data TSV: '#' comment lines, then a header with the expected columns, then one entry a
/// line. A malformed line is refused with <c>file:line: problem</c>.
/// </summary>
internal static class TsvReader
{
    public static IEnumerable<(int Line, string[] Fields)> Read(ResourceStore resources, string path, params string[] columns)
    {
        var number = 0;
        var header = false;
        foreach (var raw in resources.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var fields = raw.Split('\t');
            if (!header)
            {
                if (!fields.SequenceEqual(columns))
                {
                    throw new InvalidDataException($"{resources.Describe(path)}:{number}: expected the header '{string.Join("\\t", columns)}'");
                }

                header = true;
                continue;
            }

            if (fields.Length != columns.Length || fields[0].Trim().Length == 0)
            {
                throw new InvalidDataException($"{resources.Describe(path)}:{number}: expected {columns.Length} tab-separated columns with a phrase");
            }

            yield return (number, fields);
        }
    }
}
