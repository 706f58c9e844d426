using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;
using Marsad.Resources;

namespace Marsad.Places;

/// <summary>
/// A line of <c>geo/places.tsv</c>, parsed: the entry, and where in the file's bytes its precomputed Latin keys and
/// their phonemes lie (cells of <c>|</c>-separated ASCII-compatible UTF-8, one phoneme string per key).
/// </summary>
internal readonly record struct PlaceRow(GazetteerEntry Entry, Range Keys, Range Phonemes, string[] Arabic);

/// <summary>The file's bytes and its parsed lines.</summary>
internal sealed record PlacesTable(byte[] Text, PlaceRow[] Rows);

/// <summary>
/// Reads <c>geo/places.tsv</c> (two hundred thousand lines) fast: the UTF-8 bytes are split into
/// lines once (tab and newline are single bytes), and the lines are parsed in parallel; only the
/// cells a place keeps become strings, and the names' keys are read where they lie, already folded.
/// Repeated codes (countries, features, admin units) share one string.
/// </summary>
internal static class PlacesFile
{
    public const string Path = "geo/places.tsv";

    private static readonly string[] Columns =
        ["id", "name", "ascii", "country", "feature", "lat", "lon", "population", "notable", "admin1", "admin2", "names_latin", "names_ar", "keys", "phonemes"];

    public static PlacesTable Read(ResourceStore resources)
    {
        byte[] text;
        using (var stream = resources.Open(Path))
        {
            text = new byte[stream.Length];
            stream.ReadExactly(text);
        }

        var lines = Lines(resources, text);
        var pool = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var rows = new PlaceRow[lines.Count];
        try
        {
            Parallel.For(0, lines.Count, i => rows[i] = Parse(resources, text, lines[i], pool));
        }
        catch (AggregateException e) when (e.InnerException is ResourceFormatException format)
        {
            throw format;
        }

        return new PlacesTable(text, rows);
    }

    /// <summary>(start, length, line number) of every data line, after checking the header.</summary>
    // Runs once per process over two hundred thousand lines: tier-0 code would do most of the work before the method is recompiled.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Start, int Length, int Number)> Lines(ResourceStore resources, byte[] text)
    {
        var lines = new List<(int, int, int)>(210_000);
        var header = false;
        var number = 0;
        var expected = Encoding.UTF8.GetBytes(string.Join('\t', Columns));
        for (var start = 0; start < text.Length;)
        {
            number++;
            var end = Array.IndexOf(text, (byte)'\n', start);
            end = end < 0 ? text.Length : end;
            if (end > start && text[start] != (byte)'#')
            {
                if (header)
                {
                    lines.Add((start, end - start, number));
                }
                else if (!text.AsSpan(start, end - start).SequenceEqual(expected))
                {
                    throw new ResourceFormatException($"{resources.Describe(Path)}:{number}: header should be '{string.Join(' ', Columns)}'");
                }

                header = true;
            }

            start = end + 1;
        }

        return lines;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PlaceRow Parse(ResourceStore resources, byte[] text, (int Start, int Length, int Number) line, ConcurrentDictionary<string, string> pool)
    {
        Span<Range> fields = stackalloc Range[Columns.Length + 1];
        ReadOnlySpan<byte> span = text.AsSpan(line.Start, line.Length);
        if (SplitTabs(span, fields) != Columns.Length)
        {
            throw Fail(resources, line.Number, $"expected {Columns.Length} columns");
        }

        var idField = span[fields[0]];
        long? geonameId = long.TryParse(idField, CultureInfo.InvariantCulture, out var gn) ? gn : null;
        if ((geonameId is null && !idField.StartsWith("wof:"u8))
            || !double.TryParse(span[fields[5]], CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(span[fields[6]], CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180
            || !long.TryParse(span[fields[7]], CultureInfo.InvariantCulture, out var population)
            || span[fields[3]].Length != 2)
        {
            throw Fail(resources, line.Number, "bad id, coordinates, population or country");
        }

        var (keys, phonemes) = (fields[13], fields[14]);
        if (span[keys].Count((byte)'|') != span[phonemes].Count((byte)'|'))
        {
            throw Fail(resources, line.Number, "the keys and their phonemes do not pair up (re-run tools/Marsad.GazetteerBuild --keys)");
        }

        var name = Encoding.UTF8.GetString(span[fields[1]]);
        var feature = Pooled(span[fields[4]], pool);
        var country = Pooled(span[fields[3]], pool);
        var entry = new GazetteerEntry
        {
            Id = geonameId is null ? Encoding.UTF8.GetString(idField) : null,
            GeonameId = geonameId,
            Name = name,
            Location = span[fields[2]].IsEmpty ? name : Encoding.UTF8.GetString(span[fields[2]]),
            CountryCode = country,
            Countries = CountryList(country),
            FeatureCode = feature,
            Kind = PlaceKinds.Of(feature),
            Latitude = lat,
            Longitude = lon,
            Population = population,
            Notable = span[fields[8]].SequenceEqual("1"u8),
            Admin1Code = span[fields[9]].IsEmpty ? null : Pooled(span[fields[9]], pool),
            Admin2Code = span[fields[10]].IsEmpty ? null : Pooled(span[fields[10]], pool),
        };
        var arabic = span[fields[12]].IsEmpty ? [] : Encoding.UTF8.GetString(span[fields[12]]).Split('|');
        return new PlaceRow(entry, Absolute(keys, line.Start), Absolute(phonemes, line.Start), arabic);
    }

    private static readonly ConcurrentDictionary<string, ImmutableArray<string>> CountryLists = new(StringComparer.Ordinal);

    /// <summary>One shared one-country list per country, not one per place.</summary>
    private static ImmutableArray<string> CountryList(string country) => CountryLists.GetOrAdd(country, static c => [c]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Pooled(ReadOnlySpan<byte> utf8, ConcurrentDictionary<string, string> pool)
    {
        Span<char> value = stackalloc char[utf8.Length];
        value = value[..Encoding.UTF8.GetChars(utf8, value)];
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(value, out var pooled) ? pooled : pool.GetOrAdd(value.ToString(), static s => s);
    }

    private static Range Absolute(Range cell, int lineStart) => (lineStart + cell.Start.Value)..(lineStart + cell.End.Value);

    /// <summary>The tab-separated cells of a line as ranges; returns how many (at most <c>fields.Length</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SplitTabs(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (count < fields.Length)
        {
            var tab = line[start..].IndexOf((byte)'\t');
            if (tab < 0)
            {
                fields[count++] = start..line.Length;
                break;
            }

            fields[count++] = start..(start + tab);
            start += tab + 1;
        }

        return count;
    }

    private static ResourceFormatException Fail(ResourceStore resources, int line, string problem) => new($"{resources.Describe(Path)}:{line}: {problem}");
}
