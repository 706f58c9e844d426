using System.Security.Cryptography;

namespace Marsad.Resources;

/// <summary>
/// Where the shipped data files (<c>data/</c> in the repository) are read from: compiled into the
/// core assembly by default, or a folder with the same layout (<c>--data DIR</c>) to try edits
/// without a rebuild.
/// </summary>
public sealed class ResourceStore
{
    private const string Prefix = "Marsad.Data/";
    private readonly string? _folder;

    private ResourceStore(string? folder) => _folder = folder;

    /// <summary>The resources compiled into this build.</summary>
    public static ResourceStore Embedded { get; } = new(null);

    public static ResourceStore FromFolder(string folder) =>
        Directory.Exists(folder) ? new ResourceStore(Path.GetFullPath(folder)) : throw new DirectoryNotFoundException($"data folder not found: {folder}");

    /// <summary>A human-readable origin for diagnostics (<c>file:line</c>).</summary>
    public string Describe(string path) => _folder is null ? $"data/{path}" : Path.Combine(_folder, path);

    public bool Exists(string path) => _folder is null
        ? typeof(ResourceStore).Assembly.GetManifestResourceInfo(Prefix + path) is not null
        : File.Exists(Path.Combine(_folder, path));

    public Stream Open(string path)
    {
        if (_folder is not null)
        {
            return File.OpenRead(Path.Combine(_folder, path));
        }

        return typeof(ResourceStore).Assembly.GetManifestResourceStream(Prefix + path)
               ?? throw new FileNotFoundException($"resource not compiled in: data/{path}");
    }

    /// <summary>Lines of a UTF-8 text resource.</summary>
    public IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(Open(path));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Short SHA-256 of every resource, so an output can be traced to the data that made it.</summary>
    public string Fingerprint(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            using var stream = Open(path);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path));
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer.AsSpan(0, read));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    /// <summary>Every resource path under <paramref name="folder"/> (relative to <c>data/</c>).</summary>
    public IEnumerable<string> List(string folder)
    {
        if (_folder is not null)
        {
            var root = Path.Combine(_folder, folder);
            return Directory.Exists(root)
                ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/'))
                    .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
                : [];
        }

        return typeof(ResourceStore).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);
    }
}
