using System.Text;
using Marsad.Places;
using Marsad.Resources;

namespace Marsad.Tests.Places;

/// <summary>The keys <c>places.tsv</c> ships precomputed are the ones the code would compute from the line's names.</summary>
public sealed class PlaceKeysTests
{
    [Fact]
    public void ShippedPlaces_KeysAndPhonemesAreTheCodes()
    {
        var affixes = AdminAffixes.Load(ResourceStore.Embedded);
        using var reader = new StreamReader(ResourceStore.Embedded.Open(PlacesFile.Path), Encoding.UTF8);
        var (number, rows) = (0, 0);
        var stale = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#') || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            var expected = PlaceKeys.Cells(cells[1], cells[2], cells[4], cells[11].Split('|', StringSplitOptions.RemoveEmptyEntries), affixes);
            if (expected != cells[13] + "\t" + cells[14])
            {
                stale.Add($"line {number}: '{cells[13]}' '{cells[14]}', the code makes '{expected}'");
            }

            rows++;
        }

        Assert.True(rows > 150_000, $"only {rows} places");
        Assert.True(stale.Count == 0, $"{stale.Count} lines of data/geo/places.tsv have stale keys (re-run `dotnet run --project tools/Marsad.GazetteerBuild -- --keys data/geo/places.tsv`), e.g. {string.Join("; ", stale.Take(3))}");
    }

    [Theory]
    [InlineData("Douentza Cercle", "", "ADM2", "", "douentzacercle|douentza")]
    [InlineData("Ménaka", "Menaka", "PPLA", "Menaka Town|MÉNAKA", "menaka|menakatown")]
    [InlineData("Ouagadougou", "", "PPLC", "Wagadugu", "ouagadougou|wagadugu")]
    [InlineData("Ogassagou-Peulh", "", "PPL", "Ogossagoum-Peulh", "ogassagoupeulh|ogossagoumpeulh|ogassagou|ogossagoum")]
    [InlineData("Bambara Maoundé", "Bambara Maounde", "PPL", "", "bambaramaounde")]
    public void Latin_FoldsAndDeduplicatesTheNames(string name, string ascii, string feature, string latin, string keys)
    {
        var cells = PlaceKeys.Cells(name, ascii, feature, latin.Split('|', StringSplitOptions.RemoveEmptyEntries), AdminAffixes.Load(ResourceStore.Embedded));

        Assert.Equal(keys, cells.Split('\t')[0]);
        Assert.Equal(keys.Split('|').Select(PlaceKeys.Phonemes), cells.Split('\t')[1].Split('|'));
    }

    [Fact]
    public void Phonemes_OfALetter_AreNone() => Assert.Equal("", PlaceKeys.Phonemes("x"));
}
