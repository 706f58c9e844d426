using Marsad.Resources;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>The date words load from data, and a malformed entry is refused with its file and line.</summary>
public sealed class TimeDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-time-").FullName;

    public TimeDataTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "time"));
        foreach (var file in new[] { "time/ar.tsv", "time/fr.tsv", "time/en.tsv", "time/background.tsv" })
        {
            File.WriteAllLines(Path.Combine(_folder, file), ResourceStore.Embedded.ReadLines(file));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("time/ar.tsv", "يناير\tmonth\t13", "expected a number from 1 to 12")]
    [InlineData("time/ar.tsv", "يناير\tmonht\t1", "unknown kind 'monht'")]
    [InlineData("time/fr.tsv", "hier\tday_offset", "expected 3 tab-separated columns")]
    [InlineData("time/en.tsv", "week\tanaphora\tweek", "expected unit:count")]
    [InlineData("time/background.tsv", "had … been … before\tpluperfect", "a pattern is a phrase, or two phrases around one")]
    [InlineData("time/background.tsv", "long ago\tnostalgia", "unknown kind 'nostalgia'")]
    public void Load_MalformedEntry_IsRefusedWithFileAndLine(string file, string entry, string problem)
    {
        var path = Path.Combine(_folder, file);
        var lines = File.ReadAllLines(path).ToList();
        lines.Add(entry);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<InvalidDataException>(() => DateRecognizer.Load(ResourceStore.Overlay(_folder)));
        Assert.Contains($"{file}:{lines.Count}: {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithTheShippedData_Recognizes()
    {
        var recognizer = DateRecognizer.Load(ResourceStore.Overlay(_folder));
        Assert.Single(recognizer.Recognize(Marsad.Text.TextDocument.Create("قتل جنديان أمس الثلاثاء.")));
    }
}
