using System.Globalization;
using Marsad.Bench;

// Usage (from the repository root, in Release):
//   dotnet run -c Release --project bench/Marsad.Bench -- throughput [PATH] [--mb 10] [--runs 3] [--warmup 3] [--lang ar|all]
//   dotnet run -c Release --project bench/Marsad.Bench -- profile [PATH] [--mb 2] [--lang ar|all]
//   dotnet run -c Release --project bench/Marsad.Bench -- micro [PATH] [BenchmarkDotNet options, e.g. --filter *Geocode*]
//   dotnet run -c Release --project bench/Marsad.Bench -- load   (loading times only; run it a few times, each run is a cold process)
// PATH is an articles JSONL file or folder, read at run time (samples/articles.jsonl when left out);
// only its Arabic articles unless --lang all; results go under BenchmarkDotNet.Artifacts/results/.
const string Usage = "usage: Marsad.Bench (throughput|profile|micro|load) [PATH/articles.jsonl] [options]";
if (args.Length < 1)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var hasPath = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal);
var (command, path, options) = (args[0], hasPath ? args[1] : Path.Combine("samples", "articles.jsonl"), args[(hasPath ? 2 : 1)..]);
if (!File.Exists(path) && !Directory.Exists(path))
{
    Console.Error.WriteLine($"{path}: no such file or folder");
    return 2;
}

var language = Text("--lang", "ar") is var lang && lang == "all" ? null : lang;
var results = Path.Combine("BenchmarkDotNet.Artifacts", "results");
var stamp = TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
switch (command)
{
    case "throughput":
        var report = Throughput.Run(path, language, Option("--mb", 10), (int)Option("--runs", 3), Option("--warmup", 3));
        report.Print(Console.Out);
        var json = Path.Combine(results, $"marsad-throughput-{stamp}.json");
        report.WriteJson(json);
        Console.WriteLine($"\nwritten: {json}");
        return 0;
    case "profile":
        var profile = StageProfile.Run(path, language, Option("--mb", 2), Option("--warmup", 3));
        profile.Print(Console.Out);
        var profileJson = Path.Combine(results, $"marsad-profile-{stamp}.json");
        profile.WriteJson(profileJson);
        Console.WriteLine($"\nwritten: {profileJson}");
        return 0;
    case "load":
        Console.WriteLine($"load average (1, 5, 15 min): {Machine.LoadAverage() ?? "n/a"}");
        ThroughputReport.PrintLoads(Console.Out, Loads.Run().Results);
        return 0;
    case "micro":
        StageBenchmarks.Run(path, options);
        return 0;
    default:
        Console.Error.WriteLine(Usage);
        return 2;
}

double Option(string name, double fallback) => Text(name, null) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name, string? fallback)
{
    var at = Array.IndexOf(options, name);
    return at >= 0 && at + 1 < options.Length ? options[at + 1] : fallback;
}
