using System.Text.Json;
using Marsad;
using Marsad.Events.Assembly;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Resources;
using Marsad.Text;

// Usage: Marsad.Explain ARTICLES.jsonl [ID...] — prints, for each article, what every stage found.
//        Marsad.Explain --signals ARTICLES.jsonl — one JSON line per extracted event, in extraction order: its article,
//        sub-event type and the confidence signals it was weighed from (what tools/confidence/fit.py fits the weights on).
if (args.Length == 0 || args is ["--signals"])
{
    Console.Error.WriteLine("usage: Marsad.Explain ARTICLES.jsonl [ID...] | Marsad.Explain --signals ARTICLES.jsonl");
    return 2;
}

var pipeline = MarsadPipeline.Load(ResourceStore.Embedded);
if (args[0] == "--signals")
{
    foreach (var item in ArticleFiles.Read(args[1], new ArticleReadOptions()))
    {
        if (item.Article is not { } article)
        {
            continue;
        }

        var doc = TextDocument.Create(article.Text, LanguageCodes.Parse(article.Lang));
        var (layers, _, _) = pipeline.Layers(doc, article.Published, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        foreach (var (e, signals) in pipeline.Assembler.Composed(layers, pipeline.Assembler.Incidents(layers), article))
        {
            Console.WriteLine(JsonSerializer.Serialize(new { article_id = article.Id, sub_event_type = e.SubEventType, confidence = e.Confidence, signals }));
        }
    }

    return 0;
}

var wanted = args.Skip(1).ToHashSet();
foreach (var item in ArticleFiles.Read(args[0], new ArticleReadOptions()))
{
    if (item.Article is not { } article || (wanted.Count > 0 && !wanted.Contains(article.Id)))
    {
        continue;
    }

    var doc = TextDocument.Create(article.Text, LanguageCodes.Parse(article.Lang));
    var (layers, documentDate, _) = pipeline.Layers(doc, article.Published, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
    string Show(TextSpan span) => doc.OriginalText(span).ReplaceLineEndings(" ");
    Console.WriteLine($"===== {article.Id} ({doc.Language}) reference {documentDate.Reference} ({documentDate.Kind} {documentDate.Cue})");
    Console.WriteLine("dates:   " + string.Join(" | ", layers.Dates.Select(d => $"{Show(d.Span)}={d.Date}/{d.Precision}{(d.Background ? " bg" : "")}")));
    var geo = layers.Geography;
    Console.WriteLine($"geo:     main {geo.MainCountry}/{geo.MainRegion ?? "-"}, frame {string.Join(" ", geo.FrameCountries.Order(StringComparer.Ordinal))}: "
                      + string.Join(" | ", geo.Evidence.Select(e => $"{e.Kind} {e.Country}{(e.Admin1 is null ? "" : "/" + e.Admin1)} «{Show(e.Span)}» {e.Weight:0.#}")));
    Console.WriteLine("places:  " + string.Join(" | ", layers.Places.Select(p => $"{Show(p.Span)}={p.Place.Location ?? p.Place.Admin1 ?? p.Place.Country}/{p.Place.GeoPrecision}")));
    Console.WriteLine("actors:  " + string.Join(" | ", layers.Actors.Select(a => $"{Show(a.Span)}={a.Actor?.Id ?? a.Role.ToString()}{(a.IsAnaphor ? "*" : "")}")));
    Console.WriteLine("persons: " + string.Join(" | ", layers.Persons.Select(p => $"{Show(p.Span)}={p.Name}/{p.Role}/{p.Group?.Id}")));
    Console.WriteLine("numbers: " + string.Join(" | ", layers.Numbers.Select(n => $"{Show(n.Span)}={n.Value}{n.Hedge}{n.Unit}")));
    Console.WriteLine("cues:    " + string.Join(" | ", layers.Cues.Select(c => $"{Show(c.Span)}={c.Kind}")));
    Console.WriteLine("backgr.: " + string.Join(" | ", layers.Background.Select(b => Show(b.Span))));
    var incidents = pipeline.Assembler.Incidents(layers);
    var unreal = layers.Cues.Any(c => c.Kind == Marsad.Events.CueKind.Unreal);
    foreach (var incident in incidents)
    {
        Console.WriteLine($"-- incident {incident.Family} bg={incident.Background} reported={EventAssembler.IsReported(incident, unreal, EventAssembler.TellsCaptivity(incidents))} date={incident.Date?.Date} place={incident.Place?.Place.Location}");
        foreach (var f in incident.Frames)
        {
            Console.WriteLine($"   [{f.Sentence}:{f.Clause}] {f.Act} '{Show(f.Trigger.Span)}' agent={f.Agent?.Mention.Actor?.Id ?? f.Agent?.Mention.Role.ToString()}({f.Agent?.Strength}) target={f.Target?.Actor?.Id ?? f.Target?.Role.ToString()} " +
                              $"counts=[{string.Join(",", f.Counts.Select(c => $"{c.Act}:{c.Value}:{c.Category?.Actor?.Id ?? c.Category?.Role.ToString()}"))}] date={f.Date?.Date} place={f.Place?.Place.Location} " +
                              $"{(f.Anaphoric ? "ana " : "")}{(f.DateIsReport ? "reportdate " : "")}{(f.Rumor ? "rumor " : "")}{(f.Background ? "bg " : "")}{(f.HasParticipant ? "" : "noparticipant ")}{(f.IsSpecific ? "" : "unspecific")}");
        }
    }

    var analysis = pipeline.Analyze(article with { Retrieved = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime) });
    foreach (var (e, signals) in pipeline.Assembler.Composed(layers, incidents, article))
    {
        Console.WriteLine($"=> {e.EventDate}/{e.TimePrecision} {e.SubEventType} | {e.Actor1} | {e.Actor2} | {e.Location ?? e.Country} | k={e.Fatalities} a={e.Abducted} hist={e.Historical} conf={e.Confidence}");
        Console.WriteLine("   signals " + string.Join(" ", signals.Where(s => s.Value != 0).Select(s => $"{s.Key}={s.Value:0.##}")));
    }

    foreach (var r in analysis.Relations)
    {
        Console.WriteLine($"~> {r.Subject} {r.Predicate} {r.Object}");
    }
}

return 0;
