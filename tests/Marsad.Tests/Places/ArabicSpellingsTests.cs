using System.Globalization;
using Marsad.Places;
using Marsad.Text;
using Xunit.Abstractions;

namespace Marsad.Tests.Places;

/// <summary>
/// The Arabic spellings of <c>ArabicSpellings.tsv</c> (written for Marsad from the gazetteer), each
/// in a sentence naming its country, must resolve to the expected GeoNames id nineteen times in twenty.
/// </summary>
[Collection(ShippedGazetteer.Name)]
public sealed class ArabicSpellingsTests(GazetteerFixture fixture, ITestOutputHelper output)
{
    private const double Required = 0.95;

    private static readonly Dictionary<string, string> CountryInArabic = new()
    {
        ["ML"] = "مالي",
        ["BF"] = "بوركينا فاسو",
        ["NE"] = "النيجر",
        ["NG"] = "نيجيريا",
        ["TD"] = "تشاد",
        ["MR"] = "موريتانيا",
        ["CM"] = "الكاميرون",
    };

    [Fact]
    public void Resolve_ArabicSpellingsOfSahelPlaces_NineteenInTwentyCorrect()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Places", "ArabicSpellings.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Skip(1)
            .Select(l => l.Split('\t'))
            .ToList();
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var (arabic, expected, country) = (row[0], long.Parse(row[1], CultureInfo.InvariantCulture), row[2]);
            var got = ResolveInSentence(arabic, country);
            if (got?.GeonameId != expected)
            {
                misses.Add($"{arabic} ({row[3]}): expected {expected}, got {got?.Location ?? "nothing"} {got?.GeonameId}");
            }
        }

        var share = 1 - (double)misses.Count / rows.Count;
        output.WriteLine($"Arabic spellings resolved correctly: {rows.Count - misses.Count}/{rows.Count} = {share:P1}");
        foreach (var miss in misses)
        {
            output.WriteLine("  " + miss);
        }

        Assert.True(share >= Required, $"{share:P1} of {rows.Count} spellings resolved; misses:\n{string.Join('\n', misses)}");
    }

    private ResolvedPlace? ResolveInSentence(string arabic, string country)
    {
        var text = $"قتل مسلحون خمسة مدنيين في هجوم قرب بلدة {arabic} شمالي {CountryInArabic[country]} يوم الأحد.";
        var doc = TextDocument.Create(text, Language.Arabic);
        var mentions = fixture.Geocoder.Recognize(doc);
        var context = fixture.Geocoder.Context(doc, mentions);
        var start = text.IndexOf(arabic, StringComparison.Ordinal);
        var mention = mentions.FirstOrDefault(m => m.NameSpan.Start == start);
        return mention is null ? null : fixture.Geocoder.Resolve(mention, context).Choose(PlacePolicy.BestGuess);
    }
}
