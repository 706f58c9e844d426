using System.CommandLine;
using System.Globalization;
using Marsad.Places;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad geocode "TEXT"</c>: for a bare name, the gazetteer entries it may be, with scores and
/// why; for a sentence, each place it names and how it resolves in that sentence's context.
/// </summary>
public static class GeocodeCommand
{
    private const int MaxNameWords = 4;

    public static Command Create(TextWriter output)
    {
        var text = new Argument<string>("TEXT") { Description = "A place name (أريبندا, Tillabéri) or a sentence naming places" };
        var limit = new Option<int>("--limit") { Description = "Candidates shown per name", DefaultValueFactory = _ => 8 };
        var country = new Option<string?>("--country") { Description = "ISO2 code of the country the caller knows (from the actors)" };
        var data = new Option<string?>("--data") { Description = "A folder laid out like data/ whose files replace the built-in resources" };
        var command = new Command("geocode", "Show the gazetteer candidates for a name, with scores and reasons") { text, limit, country, data };
        command.SetAction(result =>
        {
            var resources = result.GetValue(data) is { } folder ? ResourceStore.Overlay(folder) : ResourceStore.Embedded;
            var geocoder = Geocoder.Load(resources);
            var input = result.GetValue(text)!;
            var max = Math.Max(1, result.GetValue(limit));
            var doc = TextDocument.Create(input);
            if (doc.Tokens.Count(t => t.IsWord) <= MaxNameWords)
            {
                WriteCandidates(output, geocoder.Lookup(input), max);
                return ExitCodes.Ok;
            }

            var mentions = geocoder.Recognize(doc);
            var context = geocoder.Context(doc, mentions);
            output.WriteLine($"country evidence: {string.Join(", ", context.Geography.Countries.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:0.#}"))}");
            output.WriteLine($"  {string.Join("; ", context.Geography.Evidence.Select(e => $"{e.Kind} {e.Country}{(e.Admin1 is null ? "" : "/" + e.Admin1)} «{input[e.Span.Start..e.Span.End]}» {e.Weight:0.#}"))}");
            output.WriteLine($"main: {context.Geography.MainCountry}, region {context.Geography.MainRegion ?? "-"}, frame {string.Join(" ", context.Geography.FrameCountries.Order(StringComparer.Ordinal))}");
            foreach (var mention in mentions)
            {
                var resolution = geocoder.Resolve(mention, context, result.GetValue(country));
                var place = resolution.Choose(PlacePolicy.BestGuess);
                output.WriteLine();
                output.WriteLine($"«{input[mention.Span.Start..mention.Span.End]}»: {mention.Surface}, cue {mention.Cue}, {mention.Relation}"
                                 + $"{(mention.Direction is null ? "" : " " + mention.Direction)}{(mention.DistanceKm is { } km ? $" {km:0} km" : "")}{(mention.Dateline ? ", dateline" : "")}");
                output.WriteLine($"  {resolution.Kind}: {Describe(place)}");
                WriteCandidates(output, resolution.Candidates, max);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteCandidates(TextWriter output, IReadOnlyList<PlaceCandidate> candidates, int max)
    {
        if (candidates.Count == 0)
        {
            output.WriteLine("  no candidate");
        }

        foreach (var c in candidates.Take(max))
        {
            var at = c.Place.HasCoordinates ? string.Create(CultureInfo.InvariantCulture, $"{c.Place.Latitude:0.####},{c.Place.Longitude:0.####}") : "no coordinates";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Score,5:0.00}  {c.Place.Name} [{c.Place.Id}] {c.Place.FeatureCode} {c.Place.CountryCode} {at}: {c.Reason}"));
        }
    }

    private static string Describe(ResolvedPlace p) =>
        p.Unresolved
            ? $"unresolved '{p.Surface}', {p.Country ?? "no country"}, precision 3"
            : string.Create(CultureInfo.InvariantCulture, $"{p.Location ?? "-"} / {p.Admin1 ?? "-"} / {p.Country}, {(p.Latitude is null ? "no coordinates" : $"{p.Latitude:0.####},{p.Longitude:0.####}")}, precision {p.GeoPrecision}");
}
