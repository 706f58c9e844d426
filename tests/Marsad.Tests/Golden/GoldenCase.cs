using System.Runtime.CompilerServices;
using Marsad.Ingest;

namespace Marsad.Tests.Golden;

/// <summary>
/// One folder of <c>Golden/</c>: <c>article.json</c> (an article in the interchange format) and
/// <c>expected.json</c> (its events and relations as a careful coder would code them).
/// </summary>
internal sealed record GoldenCase(string Name, Article Article, string ExpectedJson)
{
    /// <summary>Set to 1 to rewrite the expected files from the pipeline's output, for review in the diff.</summary>
    public const string UpdateVariable = "MARSAD_UPDATE_GOLDEN";

    /// <summary>The cases as copied beside the test assembly.</summary>
    public static string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(OutputFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static GoldenCase Load(string name)
    {
        var folder = Path.Combine(OutputFolder, name);
        var articlePath = Path.Combine(folder, "article.json");
        var item = ArticleJson.Parse(File.ReadAllText(articlePath), articlePath, 1, new ArticleReadOptions());
        Assert.True(item.Article is not null && item.Problems.Count == 0, $"{articlePath}: {string.Join("; ", item.Problems)}");
        return new GoldenCase(name, item.Article, File.ReadAllText(Path.Combine(folder, "expected.json")));
    }

    /// <summary>Writes <paramref name="json"/> over the case's expected.json in the source tree, not the build output.</summary>
    public void Rewrite(string json)
    {
        var folder = Path.Combine(SourceFolder(), Name);
        Assert.True(Directory.Exists(folder), $"{UpdateVariable}=1 needs the source tree; {folder} does not exist");
        File.WriteAllText(Path.Combine(folder, "expected.json"), json);
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
