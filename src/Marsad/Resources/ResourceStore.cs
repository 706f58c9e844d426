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

    /// <summary>
    /// A folder laid out like <c>data/</c>: its files replace the compiled-in ones of the same path,
    /// and every other resource still comes from the build.
    /// </summary>
    public static ResourceStore Overlay(string folder) =>
        Directory.Exists(folder) ? new ResourceStore(Path.GetFullPath(folder)) : throw new DirectoryNotFoundException($"data folder not found: {folder}");

    /// <summary>A human-readable origin for diagnostics (<c>file:line</c>).</summary>
    public string Describe(string path) => InFolder(path) ? Path.Combine(_folder!, path) : $"data/{path}";

    public bool Exists(string path) =>
        InFolder(path) || typeof(ResourceStore).Assembly.GetManifestResourceInfo(Prefix + path) is not null;

    public Stream Open(string path)
    {
        if (InFolder(path))
        {
            return File.OpenRead(Path.Combine(_folder!, path));
        }

        return typeof(ResourceStore).Assembly.GetManifestResourceStream(Prefix + path)
               ?? throw new FileNotFoundException($"resource not compiled in: data/{path}");
    }

    private bool InFolder(string path) => _folder is not null && File.Exists(Path.Combine(_folder, path));

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
        var compiled = typeof(ResourceStore).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);
        var root = _folder is null ? null : Path.Combine(_folder, folder);
        var local = root is not null && Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(_folder!, f).Replace('\\', '/'))
                .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
            : [];
        return compiled.Union(local, StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }
}
