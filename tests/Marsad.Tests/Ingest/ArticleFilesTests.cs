using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public sealed class ArticleFilesTests : IDisposable
{
    private const string Arabic = "قتل مسلحون ثلاثة رعاة قرب بلدة في شمال مالي.";
    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_JsonLinesWithBadLines_ReportsEachLineAndKeepsTheGoodOnes()
    {
        var path = Write("batch.jsonl", string.Join('\n',
            """{"id": "a1", "text": "نص أول", "published": "2025-01-20"}""",
            "this is not json",
            """{"id": "a2"}""",
            "",
            """{"id": 7, "text": "نص ثان", "published": "yesterday"}"""));

        var items = ArticleFiles.Read(path, new ArticleReadOptions()).ToList();

        Assert.Equal(["a1", "7"], items.Where(i => i.Article is not null).Select(i => i.Article!.Id));
        var errors = items.SelectMany(i => i.Problems).Where(p => p.IsError).ToList();
        Assert.Equal([2, 3], errors.Select(p => p.Line!.Value));
        Assert.Contains("not valid JSON", errors[0].Message);
        Assert.Contains("'text'", errors[1].Message);
        var warning = Assert.Single(items.SelectMany(i => i.Problems), p => !p.IsError);
        Assert.Equal(5, warning.Line);
        Assert.Equal(new DateOnly(2025, 1, 20), items[0].Article!.Published);
    }

    [Fact]
    public void Read_LineLongerThanTheCap_IsSkippedWithItsLineNumber()
    {
        var huge = new string('x', 5000);
        var path = Write("big.jsonl", $$"""{"id": "big", "text": "{{huge}}"}""" + "\n" + """{"id": "small", "text": "نص"}""");

        var items = ArticleFiles.Read(path, new ArticleReadOptions { MaxArticleChars = 1000 }).ToList();

        var failed = Assert.Single(items, i => i.Article is null);
        Assert.Equal(1, failed.Line);
        Assert.Contains("exceeds the limit", failed.Problems[0].Message);
        Assert.Equal("small", Assert.Single(items, i => i.Article is not null).Article!.Id);
    }

    [Theory]
    [InlineData(1256)]
    [InlineData(1200)]
    [InlineData(65001)]
    public void Read_TextFileInArabicEncodings_DecodesTheSameText(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(codePage);
        var path = Path.Combine(_folder, "report.txt");
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(Arabic)]);

        var item = Assert.Single(ArticleFiles.Read(path, new ArticleReadOptions { Published = new DateOnly(2025, 3, 1) }));

        Assert.Equal(Arabic, item.Article!.Text);
        Assert.Equal("report", item.Article.Id);
        Assert.Equal(new DateOnly(2025, 3, 1), item.Article.Published);
    }

    [Fact]
    public void Read_Iso88596Text_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_folder, "old.txt");
        File.WriteAllBytes(path, Encoding.GetEncoding("iso-8859-6").GetBytes(Arabic));

        var item = Assert.Single(ArticleFiles.Read(path, new ArticleReadOptions()));

        Assert.Equal(Arabic, item.Article!.Text);
    }

    [Fact]
    public void Read_JsonLineWithInvalidUtf8Bytes_FailsThatLineAndKeepsTheOthersIntact()
    {
        var path = Path.Combine(_folder, "damaged.jsonl");
        byte[] damaged = [.. Encoding.UTF8.GetBytes("{\"id\": \"a2\", \"text\": \"نص "), 0xFF, 0xC3, .. Encoding.UTF8.GetBytes(" ثان\"}")];
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes($"{{\"id\": \"a1\", \"text\": \"{Arabic}\"}}\n"), .. damaged, (byte)'\n']);

        var items = ArticleFiles.Read(path, new ArticleReadOptions()).ToList();

        Assert.Equal(Arabic, items[0].Article!.Text);
        var failed = Assert.Single(items, i => i.Article is null);
        Assert.Equal((2, true), (failed.Line, failed.Problems[0].IsError));
        Assert.Contains("invalid UTF-8", failed.Problems[0].Message);
    }

    [Fact]
    public void Read_TextFileWithAStrayInvalidByte_FailsAsInvalidUtf8()
    {
        var path = Path.Combine(_folder, "damaged.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Arabic), 0xFF, .. Encoding.UTF8.GetBytes(Arabic)]);

        var problem = Assert.Single(Assert.Single(ArticleFiles.Read(path, new ArticleReadOptions())).Problems);

        Assert.Equal((null, true), (problem.Line, problem.IsError));
        Assert.Contains("invalid UTF-8", problem.Message);
    }

    [Fact]
    public void Read_BinaryEmptyAndMissingFiles_EachFailsClearly()
    {
        var binary = Path.Combine(_folder, "image.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var empty = Write("empty.jsonl", "");

        Assert.Contains("not a text file", Assert.Single(ArticleFiles.Read(binary, new ArticleReadOptions())).Problems[0].Message);
        Assert.Contains("empty file", Assert.Single(ArticleFiles.Read(empty, new ArticleReadOptions())).Problems[0].Message);
        Assert.Contains("no such file", Assert.Single(ArticleFiles.Read(Path.Combine(_folder, "nope.txt"), new ArticleReadOptions())).Problems[0].Message);
    }

    [Fact]
    public void Read_Folder_ReadsEveryArticleFileInNameOrder()
    {
        Write("b.txt", Arabic);
        Write("a.jsonl", """{"id": "j1", "text": "نص"}""");
        Write("notes.md", "ignored");

        var ids = ArticleFiles.Read(_folder, new ArticleReadOptions()).Select(i => i.Article?.Id).ToList();

        Assert.Equal(["j1", "b"], ids);
    }

    [Fact]
    public void Read_StandardInputPlainText_IsOneArticle()
    {
        var item = Assert.Single(ArticleFiles.Read("-", new ArticleReadOptions(), new StringReader("سطر أول\nسطر ثان")));

        Assert.Equal("سطر أول\nسطر ثان", item.Article!.Text);
    }

    [Fact]
    public void Read_StandardInputJsonLines_IsOneArticleALine()
    {
        var input = new StringReader("\n{\"id\": \"x\", \"text\": \"أ\"}\n{\"id\": \"y\", \"text\": \"ب\"}\n");

        Assert.Equal(["x", "y"], ArticleFiles.Read("-", new ArticleReadOptions(), input).Select(i => i.Article!.Id));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
