namespace Marsad.Tests.Data;

/// <summary>
/// A TSV file of <c>data/</c> read the plain way (tab split, <c>#</c> comments above the header), so
/// data tests do not depend on the loaders they are meant to check.
/// </summary>
internal sealed class DataTable
{
    private DataTable(string path, string[] header, List<DataRow> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public string[] Header { get; }

    public IReadOnlyList<DataRow> Rows { get; }

    /// <summary>The repository's <c>data/</c> folder, found by walking up to the folder holding Marsad.slnx.</summary>
    public static string DataFolder { get; } = FindDataFolder();

    public static DataTable Load(string relativePath)
    {
        var path = System.IO.Path.Combine(DataFolder, relativePath);
        var lines = File.ReadAllLines(path);
        var first = Array.FindIndex(lines, line => !line.StartsWith('#'));
        Assert.True(first >= 0, $"{relativePath}: no header");
        var header = lines[first].Split('\t');
        var rows = new List<DataRow>();
        for (var i = first + 1; i < lines.Length; i++)
        {
            rows.Add(new DataRow(relativePath, i + 1, header, lines[i].Split('\t')));
        }

        return new DataTable(relativePath, header, rows);
    }

    private static string FindDataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                return System.IO.Path.Combine(dir.FullName, "data");
            }
        }

        throw new DirectoryNotFoundException("no Marsad.slnx above " + AppContext.BaseDirectory);
    }
}

/// <summary>One line of a <see cref="DataTable"/>, with its place in the file for messages.</summary>
internal sealed class DataRow(string file, int line, string[] header, string[] cells)
{
    public string Where { get; } = $"{file}:{line}";

    public int CellCount => cells.Length;

    public string this[string column] => cells[Array.IndexOf(header, column)];

    /// <summary>The <c>|</c>-separated values of a cell; none for an empty cell.</summary>
    public string[] Values(string column) => this[column].Length == 0 ? [] : this[column].Split('|');
}
