using System.Diagnostics;
using System.Globalization;
using Marsad.Places;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.PlacesEval;

/// <summary>
/// <c>dotnet run --project tools/Marsad.PlacesEval -c Release -- ../shared/corpus/dev [--mentions]</c>:
/// for every gold event with coordinates, resolves the place mentions inside its evidence and
/// reports the share within 25 km (the chosen mention, and the best of them), with the misses.
/// </summary>
public static class Program
{
    private const double WithinKm = 25;

    public static int Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: Marsad.PlacesEval CORPUS_FOLDER [--mentions]");
            return 2;
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var geocoder = Geocoder.Load(ResourceStore.Embedded);
        var loadMs = clock.ElapsedMilliseconds;
        var loadCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var loadAllocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
        var memoryMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
        Console.WriteLine($"gazetteer: {geocoder.EntryCount} entries, {geocoder.NameKeyCount} name keys, {geocoder.SoundKeyCount} sound keys, loaded in {loadMs} ms ({loadCpuMs:0} ms CPU, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms GC pauses, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections), {memoryMb:0} MB managed heap, {loadAllocatedMb:0} MB allocated");

        var articles = Corpus.Read(args[0]);
        var report = new Report();
        clock.Restart();
        long allocated = 0;
        foreach (var article in articles)
        {
            var doc = TextDocument.Create(article.Text, LanguageCodes.Parse(article.Lang));
            for (var t = 0; t < doc.Tokens.Length; t++)
            {
                doc.Readings(t); // computed once per document by whichever stage comes first; not the Places stage's cost
            }

            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var mentions = geocoder.Recognize(doc);
            var context = geocoder.Context(doc, mentions);
            var resolved = mentions.Select(m => (Mention: m, Place: geocoder.Resolve(m, context).Choose(PlacePolicy.BestGuess))).ToList();
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
            if (args.SkipWhile(a => a != "--explain").Skip(1).FirstOrDefault() == article.Id)
            {
                foreach (var m in mentions)
                {
                    var resolution = geocoder.Resolve(m, context);
                    Console.WriteLine($"{m.Surface} {m.Span} {resolution.Kind}");
                    foreach (var c in resolution.Candidates.Take(6))
                    {
                        Console.WriteLine($"    {c.Score:0.000} name {c.NameScore:0.00} {c.Place.Name} {c.Place.FeatureCode} {c.Place.Admin1Code} {c.Place.Latitude},{c.Place.Longitude} {c.Reason}");
                    }
                }
            }

            if (args.Contains("--mentions"))
            {
                Console.WriteLine($"--- {article.Id} main={context.MainCountry}");
                foreach (var (m, p) in resolved)
                {
                    Console.WriteLine($"  {m.Surface} [{m.Cue} {m.Relation} {m.Direction} {m.DistanceKm}]{(m.Dateline ? " dateline" : "")} -> {Show(p)}  ({m.Candidates.Length} cands: {m.Candidates.FirstOrDefault()?.Reason})");
                }
            }

            foreach (var gold in article.Places)
            {
                // When the evidence names no located place, an assembler takes the nearest one the text names.
                var inside = resolved.Where(r => Inside(r.Mention.Span, gold.Evidence)).ToList();
                var nearest = resolved.Where(r => !r.Mention.Dateline && !r.Place.Unresolved && r.Place.Latitude is not null)
                    .OrderBy(r => gold.Evidence.Min(e => Math.Max(0, Math.Max(e.Start - r.Mention.Span.End, r.Mention.Span.Start - e.End)))).Take(1).ToList();
                report.Add(article, gold, inside, nearest);
            }
        }

        Console.WriteLine($"geocoding: {articles.Count} articles in {clock.ElapsedMilliseconds} ms, {allocated / articles.Count / 1024.0:0} KB allocated per article");
        report.Print();
        return 0;
    }

    private static bool Inside(TextSpan span, IReadOnlyList<(int Start, int End)> evidence) =>
        evidence.Any(e => span.Start < e.End && e.Start < span.End);

    internal static string Show(ResolvedPlace p) =>
        p.Unresolved
            ? $"UNRESOLVED '{p.Surface}' ({p.Country})"
            : $"{p.Location} ({p.Admin1}, {p.Country}) {p.Latitude?.ToString("0.00", CultureInfo.InvariantCulture)},{p.Longitude?.ToString("0.00", CultureInfo.InvariantCulture)} p{p.GeoPrecision} [{p.PlaceId}]";

    internal static double? Km(ResolvedPlace p, GoldPlace g) =>
        p.Latitude is { } lat && p.Longitude is { } lon ? Kilometres(lat, lon, g.Latitude, g.Longitude) : null;

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    internal static bool Within(double? km) => km is <= WithinKm;
}
