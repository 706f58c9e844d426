using Marsad.Places;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Tests.Places;

/// <summary>Parts of a country ("وسط مالي", « l'ouest du Mali », "north-east Nigeria") stand for its regions (the fixture's table).</summary>
public sealed class CountryPartsTests(FixtureGazetteer fixture) : IClassFixture<FixtureGazetteer>
{
    [Theory]
    // Two Farabougous: the part of the country named after the village says which.
    [InlineData("هاجم مسلحون قرية فارابوغو وسط مالي.", Language.Arabic, "Segou")]
    [InlineData("Des hommes armés ont attaqué le village de Farabougou, dans l'ouest du Mali.", Language.French, "Kayes")]
    [InlineData("Gunmen attacked the village of Farabougou in central Mali.", Language.English, "Segou")]
    public void Resolve_VillageNamedWithAPartOfItsCountry_IsTheOneInThatPart(string text, Language language, string admin1) =>
        Assert.Equal(("Farabougou", admin1), (Resolve(text, language)[0].Location, Resolve(text, language)[0].Admin1));

    [Theory]
    [InlineData("تصاعدت الهجمات في وسط مالي.", Language.Arabic, "Segou")]
    [InlineData("Les attaques se multiplient dans le centre du Mali.", Language.French, "Segou")]
    [InlineData("Attacks are rising in north-east Nigeria.", Language.English, "Borno")]
    [InlineData("تصاعدت الهجمات في شمال شرق نيجيريا.", Language.Arabic, "Borno")]
    public void Resolve_PartOfACountryAlone_IsItsUsualRegionAtItsCapital(string text, Language language, string admin1)
    {
        var place = Assert.Single(Resolve(text, language));

        Assert.Equal((admin1, 3, false), (place.Admin1, place.GeoPrecision, place.Unresolved));
        Assert.NotNull(place.Latitude);
    }

    [Fact]
    public void Resolve_PartWithNoUsualRegion_IsTheCountryAlone()
    {
        var place = Assert.Single(Resolve("تصاعدت الهجمات في شمال مالي.", Language.Arabic));

        Assert.Equal(("Mali", null, 3), (place.Country, place.Admin1, place.GeoPrecision));
        Assert.Null(place.Latitude);
    }

    [Fact]
    public void Resolve_PartWhoseRegionTheArticleNames_IsThatRegion()
    {
        var places = Resolve("تصاعدت الهجمات في شمال مالي. وقتل مسلحون خمسة جنود في منطقة غاو.", Language.Arabic);

        Assert.Equal(("Gao", 3), (places[0].Admin1, places[0].GeoPrecision));
    }

    [Fact]
    public void Resolve_VillageNotFoundInAPart_IsCodedToThePartsRegion()
    {
        var place = Resolve("هاجم مسلحون قرية كوروفيني وسط مالي.", Language.Arabic)[0];

        Assert.Equal(("كوروفيني", "Segou", 3, true), (place.Surface, place.Admin1, place.GeoPrecision, place.Unresolved));
    }

    [Theory]
    // The centre of a town is the town; "وسط" is also "amid", and after it only a name written as the gazetteer has it is a place.
    [InlineData("انفجرت سيارة مفخخة وسط جاو.", "Gao", 1)]
    [InlineData("Une voiture piégée a explosé dans le centre de Gao.", "Gao", 1)]
    public void Resolve_CentreOfATown_IsTheTown(string text, string location, int precision)
    {
        var place = Assert.Single(Resolve(text, null));

        Assert.Equal((location, precision), (place.Location, place.GeoPrecision));
    }

    [Theory]
    [InlineData("جاء ذلك وسط مخاوف من تصاعد الهجمات.", Language.Arabic)]
    [InlineData("The central government sent troops.", Language.English)]
    public void Recognize_CentreWordBeforeACommonWord_IsNoPlace(string text, Language language) =>
        Assert.Empty(fixture.Geocoder.Recognize(TextDocument.Create(text, language)));

    [Fact]
    public void Recognize_CompassWordInsideAPartOfACountry_IsNoPlaceOfItsOwn()
    {
        var mention = Assert.Single(fixture.Geocoder.Recognize(TextDocument.Create("Des hommes armés ont tué cinq civils dans l'Est du Mali.", Language.French)));

        Assert.Equal(("Mali", "E"), (mention.Surface, mention.Direction));
    }

    [Fact]
    public void Load_PartNamingARegionOfAnotherCountry_IsRefusedWithItsLine()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-parts-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "geo"));
            foreach (var file in Directory.GetFiles(Path.Combine(fixture.Folder, "geo")))
            {
                File.Copy(file, Path.Combine(folder, "geo", Path.GetFileName(file)));
            }

            File.WriteAllLines(Path.Combine(folder, "geo/country_parts.tsv"), ["country\tpart\tadmin1\tusual\tnote", "ML\tC\tNE.09\t\tbad"], System.Text.Encoding.UTF8);

            var error = Assert.Throws<ResourceFormatException>(() => Geocoder.Load(ResourceStore.Overlay(folder)));

            Assert.Contains("country_parts.tsv:2", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private List<ResolvedPlace> Resolve(string text, Language? language)
    {
        var doc = TextDocument.Create(text, language);
        var mentions = fixture.Geocoder.Recognize(doc);
        var context = fixture.Geocoder.Context(doc, mentions);
        return [.. mentions.Select(m => fixture.Geocoder.Resolve(m, context).Choose(PlacePolicy.BestGuess))];
    }
}
