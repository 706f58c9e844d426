using Marsad.Resources;

namespace Marsad.Places;

/// <summary>One data line: where it came from, for messages, and its fields.</summary>
internal readonly record struct TsvRow(string Origin, string[] Fields)
{
    public string this[int index] => Fields[index];

    public string? Optional(int index) => Fields[index].Length > 0 ? Fields[index] : null;
}

/// <summary>
/// Reads a TSV resource: <c>#</c> comment lines, then a header that must name the expected
/// columns, then one entry a line. Malformed lines are reported as <c>file:line: problem</c>.
/// </summary>
internal static class TsvRows
{
    public static IEnumerable<TsvRow> Read(ResourceStore resources, string path, string[] columns, List<string> problems)
    {
        var lineNumber = 0;
        var headerSeen = false;
        foreach (var line in resources.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var origin = $"{resources.Describe(path)}:{lineNumber}";
            var fields = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                if (!fields.AsSpan().SequenceEqual(columns))
                {
                    problems.Add($"{origin}: header should be '{string.Join(' ', columns)}'");
                    yield break;
                }

                continue;
            }

            if (fields.Length != columns.Length)
            {
                problems.Add($"{origin}: {fields.Length} columns, expected {columns.Length}");
                continue;
            }

            yield return new TsvRow(origin, fields);
        }
    }
}
