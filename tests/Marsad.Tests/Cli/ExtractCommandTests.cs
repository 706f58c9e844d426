using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Ingest;
using Marsad.Relations;

namespace Marsad.Tests.Cli;

/// <summary><c>marsad extract</c> in process: exit codes, problems named by file and line, the output formats.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private const string Published = "2025-03-10";
    private const string Report = "ميناكا – مرصد: قتل مسلحون ثلاثة رعاة، أمس الأحد، قرب بلدة ميناكا شمال شرقي مالي.";
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Predicates =
    [
        RelationPredicates.LeaderOf, RelationPredicates.MemberOf, RelationPredicates.FormerlyMemberOf, RelationPredicates.ServedUnder,
        RelationPredicates.DefectedTo, RelationPredicates.KilledBy, RelationPredicates.AlliedWith, RelationPredicates.Claimed,
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-extract-").FullName;

    static ExtractCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Extract_GoodJsonLines_ExitsZeroWithEventLinesForEveryArticle()
    {
        var path = Write("good.jsonl", Lines(Article("g1"), Article("g2")));

        var result = Run("extract", path);

        Assert.Equal((ExitCodes.Ok, ""), (result.Code, result.Error));
        Assert.Equal(["g1", "g2"], result.ArticleIds());
        Assert.All(result.JsonLines(), line => Assert.True(line.TryGetProperty("event_type", out _)));
    }

    [Theory]
    [InlineData(new[] { "extract" }, "Required argument missing")]
    [InlineData(new[] { "extract", "--format", "xml", "articles.jsonl" }, "'xml'")]
    [InlineData(new[] { "extract", "--published", "10/03/2025", "report.txt" }, "--published must be a date like 2025-01-20, not '10/03/2025'")]
    public void Extract_UsageError_ExitsTwoAndSaysWhy(string[] args, string message)
    {
        var result = Run(args);

        Assert.Equal((ExitCodes.Usage, ""), (result.Code, result.Output));
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Extract_EmptyFile_ExitsOneNamingItAndProcessesTheRest()
    {
        var empty = Write("empty.jsonl", "");
        var good = Write("good.jsonl", Lines(Article("g1")));

        var result = Run("extract", empty, good);

        Assert.Equal(ExitCodes.SomeInputsFailed, result.Code);
        Assert.Equal([$"{empty}: error: empty file"], result.ErrorLines());
        Assert.Equal(["g1"], result.ArticleIds());
    }

    [Fact]
    public void Extract_InvalidJsonLineAmongGoodOnes_ReportsItsLineAndProcessesTheOthers()
    {
        var path = Write("mixed.jsonl", Lines(Article("g1"), "{\"id\": \"g2\", \"text\": ", Article("g3")));

        var result = Run("extract", path);

        Assert.Equal(ExitCodes.SomeInputsFailed, result.Code);
        Assert.StartsWith($"{path}:2: error: not valid JSON", Assert.Single(result.ErrorLines()));
        Assert.Equal(["g1", "g3"], result.ArticleIds());
    }

    [Fact]
    public void Extract_BinaryFile_ExitsOneNamingIt()
    {
        var path = Path.Combine(_folder, "photo.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var result = Run("extract", path);

        Assert.Equal((ExitCodes.SomeInputsFailed, ""), (result.Code, result.Output));
        Assert.StartsWith($"{path}: error: not a text file", Assert.Single(result.ErrorLines()));
    }

    [Fact]
    public void Extract_FiftyMegabyteLine_IsSkippedWithItsLineNumberWithoutBeingLoaded()
    {
        const string opening = "{\"id\": \"huge\", \"text\": \"", closing = "\"}";
        const int megabytes = 50;
        var path = Path.Combine(_folder, "huge.jsonl");
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            file.Write(Encoding.UTF8.GetBytes(Article("g1") + "\n" + opening));
            var megabyte = new byte[1 << 20];
            Array.Fill(megabyte, (byte)'x');
            for (var i = 0; i < megabytes; i++)
            {
                file.Write(megabyte);
            }

            file.Write(Encoding.UTF8.GetBytes(closing + "\n" + Article("g3") + "\n"));
        }

        var lineChars = opening.Length + (megabytes << 20) + closing.Length;

        var result = Run("extract", path);

        Assert.Equal(ExitCodes.SomeInputsFailed, result.Code);
        Assert.StartsWith($"{path}:2: error: line of {lineChars:N0} characters exceeds the limit", Assert.Single(result.ErrorLines()));
        Assert.Equal(["g1", "g3"], result.ArticleIds());

        // The reader keeps at most the cap of an over-long line: far less than the 100 MB the line would take as a string.
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(3, ArticleFiles.Read(path, new ArticleReadOptions()).Count());
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 40L * 1024 * 1024);
    }

    [Fact]
    public void Extract_InvalidUtf8BytesInOneLine_ReportsThatLineAndProcessesTheOthers()
    {
        var path = Path.Combine(_folder, "damaged.jsonl");
        var damaged = Encoding.UTF8.GetBytes(Article("g2")).ToList();
        damaged.InsertRange(damaged.Count - 10, [0xFF, 0xC3]);
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Article("g1") + "\n"), .. damaged, (byte)'\n', .. Encoding.UTF8.GetBytes(Article("g3") + "\n")]);

        var result = Run("extract", path);

        Assert.Equal(ExitCodes.SomeInputsFailed, result.Code);
        Assert.StartsWith($"{path}:2: error: invalid UTF-8", Assert.Single(result.ErrorLines()));
        Assert.Equal(["g1", "g3"], result.ArticleIds());
    }

    [Fact]
    public void Extract_Windows1256TextFile_IsDecodedWithAWarning()
    {
        var path = Path.Combine(_folder, "radio.txt");
        File.WriteAllBytes(path, Encoding.GetEncoding(1256).GetBytes(Report));

        var result = Run("extract", "--published", Published, path);

        Assert.Equal(ExitCodes.Ok, result.Code);
        Assert.StartsWith($"{path}: warning: decoded as windows-1256", Assert.Single(result.ErrorLines()));
        Assert.Equal(["radio"], result.ArticleIds()); // an event found means the Arabic came through intact
    }

    [Fact]
    public void Extract_FolderMixingGoodAndBadFiles_ProcessesTheGoodOnesAndNamesEachBadOne()
    {
        Write("a-wire.jsonl", Lines(Article("g1")));
        var empty = Write("b-empty.txt", "");
        var binary = Path.Combine(_folder, "c-scan.txt");
        File.WriteAllBytes(binary, [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03, 0x00, 0x00]);
        var broken = Write("d-broken.jsonl", "{\"id\": \"lost\"\n");
        Write("e-radio.txt", Report);
        Write("notes.md", "not an article");

        var result = Run("extract", "--published", Published, _folder);

        Assert.Equal(ExitCodes.SomeInputsFailed, result.Code);
        Assert.Collection(result.ErrorLines(),
            line => Assert.Equal($"{empty}: error: empty file", line),
            line => Assert.StartsWith($"{binary}: error: not a text file", line),
            line => Assert.StartsWith($"{broken}:1: error: not valid JSON", line),
            line => Assert.Equal($"{broken}: error: no article in this file", line));
        Assert.Equal(["g1", "e-radio"], result.ArticleIds());
    }

    [Fact]
    public void Extract_StandardInputJsonLines_IsOneArticleALine()
    {
        var result = RunWithInput(Lines(Article("s1"), Article("s2")), "extract", "-");

        Assert.Equal((ExitCodes.Ok, ""), (result.Code, result.Error));
        Assert.Equal(["s1", "s2"], result.ArticleIds());
    }

    [Fact]
    public void Extract_StandardInputPlainText_IsOneArticleNamedStdin()
    {
        var result = RunWithInput(Report + "\n", "extract", "--published", Published, "-");

        Assert.Equal((ExitCodes.Ok, ""), (result.Code, result.Error));
        Assert.Equal(["stdin"], result.ArticleIds());
    }

    [Fact]
    public void Extract_CsvFormat_WritesTheHeaderAndQuotesCellsWithCommasAndQuotes()
    {
        var path = Write("quoted.jsonl", Lines(Article("wire,\"urgent\"")));

        var result = Run("extract", "--format", "csv", path);

        Assert.Equal(ExitCodes.Ok, result.Code);
        var rows = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "article_id,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,admin2,location," +
            "latitude,longitude,geo_precision,fatalities,abducted,ransom_amount,ransom_currency,historical,confidence,evidence,notes",
            rows[0]);
        Assert.True(rows.Length > 1, "no event row");
        Assert.All(rows.Skip(1), row => Assert.StartsWith("\"wire,\"\"urgent\"\"\",2025-03-09,", row));
    }

    [Fact]
    public void Extract_TableFormat_ShowsTheArabicEvidenceRightToLeft()
    {
        var path = Write("good.jsonl", Lines(Article("g1")));

        var result = Run("extract", "--format", "table", path);

        Assert.Equal(ExitCodes.Ok, result.Code);
        Assert.Contains("g1", result.Output);
        Assert.Contains("\u2067قتل", result.Output); // the evidence, in a right-to-left isolate
    }

    [Fact]
    public void Extract_OutFile_WritesTheEventsThereAndNothingToStandardOutput()
    {
        var path = Write("good.jsonl", Lines(Article("g1")));
        var target = Path.Combine(_folder, "events.jsonl");

        var result = Run("extract", "--out", target, path);

        Assert.Equal((ExitCodes.Ok, "", ""), (result.Code, result.Output, result.Error));
        Assert.Equal(["g1"], new Result(0, File.ReadAllText(target), "").ArticleIds());
    }

    [Fact]
    public void Extract_Samples_WritesEventLinesThenRelationLinesWithAPredicateKey()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "Samples");

        var result = Run("extract", samples);

        Assert.Equal(ExitCodes.Ok, result.Code);
        var lines = result.JsonLines();
        var relations = lines.Where(line => line.TryGetProperty("predicate", out _)).ToList();
        Assert.NotEmpty(relations);
        Assert.Contains(lines, line => line.TryGetProperty("event_type", out _));
        Assert.All(relations, relation =>
        {
            Assert.Contains(relation.GetProperty("predicate").GetString(), Predicates);
            Assert.False(string.IsNullOrEmpty(relation.GetProperty("subject").GetString()));
            Assert.False(string.IsNullOrEmpty(relation.GetProperty("object").GetString()));
        });
    }

    private static string Article(string id) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["published"] = Published, ["text"] = Report }, Relaxed);

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    private static Result Run(params string[] args) => RunWithInput("", args);

    private static Result RunWithInput(string standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error, new StringReader(standardInput));
        return new Result(code, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private sealed record Result(int Code, string Output, string Error)
    {
        public List<string> ErrorLines() => [.. Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r'))];

        public List<JsonElement> JsonLines() =>
            [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

        /// <summary>The articles that produced at least one line, in output order.</summary>
        public List<string> ArticleIds() => [.. JsonLines().Select(line => line.GetProperty("article_id").GetString()!).Distinct()];
    }
}
