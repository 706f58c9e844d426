using System.Text;

namespace Marsad.Ingest;

/// <summary>How article files are read.</summary>
public sealed record ArticleReadOptions
{
    /// <summary>Publication date given to plain-text articles (which carry no metadata).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The day the articles were read, when they do not say: an undated text was written no later.</summary>
    public DateOnly? Retrieved { get; init; }

    /// <summary>Longest article (in characters) accepted; longer lines or files are reported and skipped.</summary>
    public int MaxArticleChars { get; init; } = 10_000_000;
}

/// <summary>
/// Articles from the inputs <c>marsad extract</c> accepts: an articles JSONL file, a plain-text
/// file (id = file name), a folder of them, or <c>-</c> for standard input. Every problem is an
/// item naming the file and line; reading always goes on with the next one.
/// </summary>
public static class ArticleFiles
{
    public const string StandardInput = "-";

    private const char ReplacementCharacter = '\uFFFD';
    private const string InvalidUtf8 = "invalid UTF-8 bytes (or U+FFFD replacement characters) in the text; skipped";

    public static IEnumerable<SourceItem> Read(string input, ArticleReadOptions options, TextReader? standardInput = null)
    {
        if (input == StandardInput)
        {
            return ReadStandardInput(standardInput ?? Console.In, options);
        }

        if (Directory.Exists(input))
        {
            return ReadFolder(input, options);
        }

        return File.Exists(input) ? ReadFile(input, options) : [SourceItem.Failed(input, null, "no such file or folder")];
    }

    private static IEnumerable<SourceItem> ReadFolder(string folder, ArticleReadOptions options)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var readable = files.Where(IsArticleFile).ToList();
        if (readable.Count == 0)
        {
            yield return SourceItem.Failed(folder, null, "folder holds no .jsonl or .txt files");
            yield break;
        }

        foreach (var file in readable)
        {
            foreach (var item in ReadFile(file, options))
            {
                yield return item;
            }
        }
    }

    private static bool IsArticleFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson" or ".txt";

    private static IEnumerable<SourceItem> ReadFile(string path, ArticleReadOptions options)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".jsonl" or ".ndjson" or ".json"
            ? ReadJsonLinesFile(path, options)
            : [ReadTextFile(path, options)];
    }

    private static SourceItem ReadTextFile(string path, ArticleReadOptions options)
    {
        var size = new FileInfo(path).Length;
        if (size == 0)
        {
            return SourceItem.Failed(path, null, "empty file");
        }

        // Four bytes a character is the most any supported encoding takes.
        if (size > (long)options.MaxArticleChars * 4)
        {
            return SourceItem.Failed(path, null, $"file of {size:N0} bytes exceeds the limit of {options.MaxArticleChars:N0} characters per article");
        }

        var (text, detected) = TextEncodingDetector.Decode(File.ReadAllBytes(path));
        if (text is null)
        {
            return SourceItem.Failed(path, null, $"not a text file: {detected.Reason}");
        }

        if (detected.Encoding is UTF8Encoding && text.Contains(ReplacementCharacter, StringComparison.Ordinal))
        {
            return SourceItem.Failed(path, null, InvalidUtf8);
        }

        var problems = detected.Encoding is UTF8Encoding ? [] : new List<InputProblem> { new(path, null, $"decoded as {detected.Encoding!.WebName} ({detected.Reason})", IsError: false) };
        return ArticleJson.FromPlainText(Path.GetFileNameWithoutExtension(path), text, path, null, options, problems);
    }

    private static IEnumerable<SourceItem> ReadJsonLinesFile(string path, ArticleReadOptions options)
    {
        using var stream = File.OpenRead(path);
        if (stream.Length == 0)
        {
            yield return SourceItem.Failed(path, null, "empty file");
            yield break;
        }

        var sample = new byte[Math.Min(stream.Length, TextEncodingDetector.SampleSize)];
        stream.ReadExactly(sample);
        var detected = TextEncodingDetector.Detect(sample);
        if (detected.IsBinary)
        {
            yield return SourceItem.Failed(path, null, $"not a text file: {detected.Reason}");
            yield break;
        }

        stream.Position = detected.BomLength;
        using var reader = new StreamReader(stream, detected.Encoding!, detectEncodingFromByteOrderMarks: false);
        var articles = 0;
        foreach (var item in ReadJsonLines(new CappedLineReader(reader, options.MaxArticleChars).Lines(), path, options, utf8: detected.Encoding is UTF8Encoding))
        {
            articles += item.Article is null ? 0 : 1;
            yield return item;
        }

        if (articles == 0)
        {
            yield return SourceItem.Failed(path, null, "no article in this file");
        }
    }

    private static IEnumerable<SourceItem> ReadStandardInput(TextReader input, ArticleReadOptions options)
    {
        var lines = new CappedLineReader(input, options.MaxArticleChars).Lines().GetEnumerator();
        var buffered = new List<ReadLine>();
        while (lines.MoveNext())
        {
            buffered.Add(lines.Current);
            if (lines.Current.Text is { } text && text.Trim().Length > 0)
            {
                break;
            }
        }

        var first = buffered.Count > 0 ? buffered[^1].Text?.TrimStart() : null;
        if (first is null)
        {
            yield return SourceItem.Failed(StandardInput, null, "standard input is empty");
            yield break;
        }

        if (!first.StartsWith('{'))
        {
            // Plain text: the whole stream is one article.
            var text = new StringBuilder(string.Join('\n', buffered.Select(l => l.Text)));
            while (lines.MoveNext())
            {
                text.Append('\n').Append(lines.Current.Text);
            }

            yield return ArticleJson.FromPlainText("stdin", text.ToString(), StandardInput, null, options, []);
            yield break;
        }

        foreach (var item in ReadJsonLines(Continue(buffered, lines), StandardInput, options, utf8: false))
        {
            yield return item;
        }
    }

    private static IEnumerable<ReadLine> Continue(List<ReadLine> buffered, IEnumerator<ReadLine> rest)
    {
        foreach (var line in buffered)
        {
            yield return line;
        }

        while (rest.MoveNext())
        {
            yield return rest.Current;
        }
    }

    // utf8: the lines were decoded from UTF-8 bytes, where a replacement character marks bytes that were not UTF-8.
    private static IEnumerable<SourceItem> ReadJsonLines(IEnumerable<ReadLine> lines, string source, ArticleReadOptions options, bool utf8)
    {
        foreach (var line in lines)
        {
            if (line.Text is null)
            {
                yield return SourceItem.Failed(source, line.Number, $"line of {line.Length:N0} characters exceeds the limit of {options.MaxArticleChars:N0} per article; skipped");
                continue;
            }

            if (line.Text.Trim().Length == 0)
            {
                continue;
            }

            if (utf8 && line.Text.Contains(ReplacementCharacter, StringComparison.Ordinal))
            {
                yield return SourceItem.Failed(source, line.Number, InvalidUtf8);
                continue;
            }

            yield return ArticleJson.Parse(line.Text, source, line.Number, options);
        }
    }
}
