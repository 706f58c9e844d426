namespace Marsad.Ingest;

/// <summary>
/// Every source <c>marsad ingest</c> accepts: article JSONL and .txt files, .html pages, RSS/Atom
/// feed files, folders of any of these, and http(s) URLs of pages or feeds.
/// </summary>
public static class Sources
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] FeedExtensions = [".rss", ".atom", ".xml"];

    public static IEnumerable<SourceItem> Read(string source, ArticleReadOptions options, WebSource web)
    {
        if (WebSource.IsUrl(source))
        {
            return web.Read(source, options);
        }

        if (Directory.Exists(source))
        {
            return ReadFolder(source, options);
        }

        return File.Exists(source) && IsPageOrFeed(source) ? ReadPageOrFeed(source, options) : ArticleFiles.Read(source, options);
    }

    private static IEnumerable<SourceItem> ReadFolder(string folder, ArticleReadOptions options)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => IsPageOrFeed(f) || Path.GetExtension(f).ToLowerInvariant() is ".jsonl" or ".ndjson" or ".txt")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return [SourceItem.Failed(folder, null, "folder holds no .jsonl, .txt, .html or feed files")];
        }

        return files.SelectMany(f => IsPageOrFeed(f) ? ReadPageOrFeed(f, options) : ArticleFiles.Read(f, options));
    }

    private static bool IsPageOrFeed(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return HtmlExtensions.Contains(extension) || FeedExtensions.Contains(extension);
    }

    private static IEnumerable<SourceItem> ReadPageOrFeed(string path, ArticleReadOptions options)
    {
        var length = new FileInfo(path).Length;
        if (length == 0 || length > (long)options.MaxArticleChars * 4)
        {
            return [SourceItem.Failed(path, null, length == 0 ? "empty file" : $"file of {length:N0} bytes is over the size limit")];
        }

        var bytes = File.ReadAllBytes(path);
        if (FeedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            return FeedArticles.Read(new MemoryStream(bytes), path, options);
        }

        var (text, reason) = HtmlDecoding.Decode(bytes);
        return text is null
            ? [SourceItem.Failed(path, null, $"not a text file: {reason}")]
            : [HtmlArticles.FromHtml(text, Path.GetFileNameWithoutExtension(path), path, null, options)];
    }
}
