namespace Marsad.Resources;

/// <summary>A malformed resource entry: a bug in the shipped data, reported as <c>file:line: problem</c>.</summary>
public sealed class ResourceFormatException(string message) : Exception(message);

/// <summary>
/// A TSV resource: <c>#</c> comment lines, one header line, then one entry a line. Multiple values
/// in a cell are separated by <c>|</c>.
/// </summary>
public sealed class TsvTable
{
    private TsvTable(string origin, IReadOnlyList<TsvRow> rows)
    {
        Origin = origin;
        Rows = rows;
    }

    public string Origin { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    public static TsvTable Read(ResourceStore store, string path, params string[] requiredColumns)
    {
        var origin = store.Describe(path);
        Dictionary<string, int>? columns = null;
        var rows = new List<TsvRow>();
        var number = 0;
        foreach (var line in store.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells.Select((name, i) => (name.Trim(), i)).ToDictionary(c => c.Item1, c => c.i, StringComparer.Ordinal);
                var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    throw new ResourceFormatException($"{origin}:{number}: missing column(s) {string.Join(", ", missing)}");
                }

                continue;
            }

            if (cells.Length > columns.Count)
            {
                throw new ResourceFormatException($"{origin}:{number}: {cells.Length} cells for {columns.Count} columns");
            }

            rows.Add(new TsvRow(origin, number, columns, cells));
        }

        return columns is null ? throw new ResourceFormatException($"{origin}: no header line") : new TsvTable(origin, rows);
    }
}

/// <summary>One entry of a <see cref="TsvTable"/>.</summary>
public sealed class TsvRow(string origin, int line, IReadOnlyDictionary<string, int> columns, string[] cells)
{
    public int Line => line;

    /// <summary>A required, non-empty cell.</summary>
    public string this[string column] => Optional(column) ?? throw Fail($"empty '{column}'");

    /// <summary>A cell that may be empty (null then).</summary>
    public string? Optional(string column)
    {
        if (!columns.TryGetValue(column, out var index))
        {
            throw Fail($"no column '{column}'");
        }

        var value = index < cells.Length ? cells[index].Trim() : "";
        return value.Length == 0 ? null : value;
    }

    /// <summary>The <c>|</c>-separated values of a cell (none when empty).</summary>
    public IReadOnlyList<string> List(string column) =>
        Optional(column)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public long WholeNumber(string column) => long.TryParse(this[column], System.Globalization.CultureInfo.InvariantCulture, out var value)
        ? value
        : throw Fail($"'{column}' is not a whole number: {this[column]}");

    public ResourceFormatException Fail(string problem) => new($"{origin}:{line}: {problem}");
}
