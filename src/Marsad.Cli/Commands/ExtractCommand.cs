using System.CommandLine;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Resources;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad extract INPUT...</c>: articles (JSONL, .txt, folders of them, or - for standard input)
/// to events and relations in the interchange format, a CSV or a terminal table.
/// </summary>
public static class ExtractCommand
{
    // Loading the shipped resources takes a second or two: a process that runs several commands
    // (the tests, a host) loads them once. The pipeline is immutable and safe to share.
    private static readonly Lazy<MarsadPipeline> Shipped = new(() => MarsadPipeline.Load(ResourceStore.Embedded));

    public static Command Create(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Articles JSONL files, .txt files (id = file name), folders of them, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var format = new Option<string>("--format", "-f") { Description = "jsonl (the interchange format), csv or table", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "table");
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) of plain-text articles" };
        published.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--published must be a date like 2025-01-20, not '{text}'");
            }
        });
        var retrieved = new Option<string?>("--retrieved") { Description = "The day the articles were read (YYYY-MM-DD; default today): undated texts were written no later" };
        retrieved.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--retrieved must be a date like 2025-01-20, not '{text}'");
            }
        });
        var data = new Option<string?>("--data") { Description = "A folder laid out like data/ whose files replace the built-in resources" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles processed in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("extract", "Extract ACLED-style events with evidence from articles") { inputs, output, format, published, retrieved, data, jobs };
        command.SetAction(result =>
        {
            var options = new ArticleReadOptions
            {
                Published = result.GetValue(published) is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Retrieved = result.GetValue(retrieved) is { } read
                    ? DateOnly.ParseExact(read, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime),
            };
            var pipeline = result.GetValue(data) is { } folder ? MarsadPipeline.Load(ResourceStore.Overlay(folder)) : Shipped.Value;
            var target = result.GetValue(output);
            using var file = target is null ? null : new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false));
            var sink = EventSink.Create(result.GetValue(format)!, file ?? stdout);
            var run = new ExtractRun(pipeline, sink, stderr, Math.Max(1, result.GetValue(jobs)));
            return run.Process(result.GetValue(inputs)!.SelectMany(input => ArticleFiles.Read(input, options, stdin)));
        });
        return command;
    }
}
