namespace Marsad.Ingest;

/// <summary>A problem with one input: where (file and line), what, and whether the item was dropped.</summary>
/// <param name="Source">The file path (or <c>-</c> for standard input).</param>
/// <param name="Line">1-based line number for JSONL input, null for whole files.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="IsError">True when the item could not be read at all; false for a warning on an item still read.</param>
public sealed record InputProblem(string Source, int? Line, string Message, bool IsError)
{
    public override string ToString() =>
        $"{Source}{(Line is { } n ? $":{n}" : "")}: {(IsError ? "error" : "warning")}: {Message}";
}

/// <summary>An article read from a source, or the problem that stopped it; warnings ride along.</summary>
public sealed record SourceItem(Article? Article, string Source, int? Line, IReadOnlyList<InputProblem> Problems)
{
    public static SourceItem Failed(string source, int? line, string message) =>
        new(null, source, line, [new InputProblem(source, line, message, IsError: true)]);
}
