using Marsad.Places;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Tests.Places;

public sealed class PlaceResolutionTests(FixtureGazetteer fixture) : IClassFixture<FixtureGazetteer>
{
    [Theory]
    [InlineData("قتل خمسة جنود في هجوم على مدينة غاو.", "Gao", 1)]
    [InlineData("قتل خمسة جنود في هجوم قرب مدينة غاو.", "Gao", 2)]
    [InlineData("قتل خمسة جنود في هجوم على بعد 30 كيلومترا من غاو.", "Gao", 2)]
    public void Resolve_Town_PrecisionFollowsTheRelation(string text, string location, int precision)
    {
        var place = ResolveFirst(text);

        Assert.Equal((location, precision, false), (place.Location, place.GeoPrecision, place.Unresolved));
        Assert.NotNull(place.Latitude);
    }

    [Fact]
    public void Resolve_RegionOnly_IsTheAdmin1AtItsCapitalWithPrecision3()
    {
        var place = ResolveFirst("تصاعدت الهجمات في منطقة غاو خلال الشهر الماضي.");

        Assert.Equal(("Mali", "Gao", "Gao", 3), (place.Country, place.Admin1, place.Location, place.GeoPrecision));
        Assert.Equal((16.2717, -0.0447), (place.Latitude, place.Longitude));
    }

    [Fact]
    public void Resolve_CountryOnly_HasNoCoordinates()
    {
        var place = ResolveFirst("تصاعدت الهجمات غربي النيجر.");

        Assert.Equal(("Niger", "NE", 3), (place.Country, place.CountryCode, place.GeoPrecision));
        Assert.Null(place.Latitude);
        Assert.Null(place.Location);
    }

    [Fact]
    public void Resolve_UnknownVillage_StaysUnresolvedWithTheArticlesCountry()
    {
        var place = ResolveFirst("قتل مسلحون ستة رعاة قرب قرية تاغزاروتين شمالي مالي.");

        Assert.True(place.Unresolved);
        Assert.Equal(("تاغزاروتين", "ML", 3), (place.Surface, place.CountryCode, place.GeoPrecision));
        Assert.Null(place.Latitude);
    }

    [Theory]
    [InlineData("حاصر مسلحون قرية فارابوغو بمنطقة سيغو.", 2457671L)]
    [InlineData("حاصر مسلحون قرية فارابوغو بمنطقة كايس.", 2457672L)]
    public void Resolve_Homonyms_TheRegionNamedAfterDecides(string text, long geonameId) =>
        Assert.Equal(geonameId, ResolveFirst(text).GeonameId);

    // A sound-alike is most often a town of some size, unless the writer calls the place a village.
    [Theory]
    [InlineData("هاجم مسلحون قرية تومورا وأحرقوا منازلها.", "Tomora")]
    [InlineData("هاجم مسلحون مدينة تومورا وأحرقوا منازلها.", "Toumorou")]
    public void Resolve_SoundAlikes_AVillageWordTakesTheVillage(string text, string location) =>
        Assert.Equal(location, ResolveFirst(text).Location);

    // GeoNames names a village's quarters ("X-Peulh"); reports name the village, and an Arabic name may end like a plural.
    [Fact]
    public void Resolve_VillageNamedWithoutItsQuarterWord_IsTheQuarter() =>
        Assert.Equal("Sobokoun-Peulh", ResolveFirst("أحرق مسلحون قرية سوبوكون بمنطقة سيغو.").Location);

    // A unit named with the village that the gazetteer's village of that name lies far outside: another village, coded to the unit.
    [Fact]
    public void Resolve_VillageFarOutsideTheUnitNamedWithIt_IsCodedToTheUnit()
    {
        var place = ResolveFirst("حاصر مسلحون قرية أنسونغو بمنطقة سيغو.");

        Assert.NotEqual(2461003L, place.GeonameId);
        Assert.Equal("Segou", place.Admin1);
    }

    // "Farabougou (40 km from Gao) in the Kayes region": a distance between the place and its unit does not hide the unit.
    [Fact]
    public void Resolve_DistanceBetweenThePlaceAndItsUnit_TheUnitStillDecides()
    {
        var doc = TextDocument.Create("Des hommes armés ont attaqué le village de Farabougou, à 40 km de Gao, dans la région de Kayes.", Language.French);

        Assert.Equal(2457672L, ResolveIn(doc, "Farabougou").GeonameId);
    }

    // A town that only another country has, in a place the text puts in its own country: another place of that name.
    [Theory]
    [InlineData("Un convoi a sauté sur une mine près de Bama, hameau du nord du Burkina Faso.", "BF")]
    [InlineData("Trois bergers ont été enlevés à Bama, région de Ségou (centre du Mali).", "ML")]
    public void Resolve_TownAbroadInAPlaceTheTextPutsInAnotherCountry_IsRefused(string text, string country)
    {
        var place = ResolveIn(TextDocument.Create(text, Language.French), "Bama");

        Assert.NotEqual(2347954L, place.GeonameId);
        Assert.Equal(country, place.CountryCode);
    }

    // Near a border is not inside the neighbour: the village stays in the country the article is about.
    [Theory]
    [InlineData("Des hommes armés ont attaqué Téra, près de la frontière du Burkina Faso, au Niger.")]
    [InlineData("Des hommes armés ont attaqué la ville de Téra, frontalière du Burkina Faso, au Niger.")]
    public void Resolve_TownNearTheBorderOfAnotherCountry_IsKept(string text) =>
        Assert.Equal(2438855L, ResolveIn(TextDocument.Create(text, Language.French), "Téra").GeonameId);

    // One name is one place in an article: told once with its region, it is in that region each time.
    [Fact]
    public void Resolve_NameRepeated_KeepsTheUnitItWasFirstNamedWith()
    {
        var doc = TextDocument.Create("حاصر مسلحون قرية فارابوغو بمنطقة كايس. وقال السكان إن فارابوغو ما زالت محاصرة.", Language.Arabic);

        var mentions = fixture.Geocoder.Recognize(doc);
        var context = fixture.Geocoder.Context(doc, mentions);
        Assert.All(mentions.Where(m => m.Surface == "فارابوغو"), m => Assert.Equal(2457672L, fixture.Geocoder.Resolve(m, context).Choose(PlacePolicy.BestGuess).GeonameId));
    }

    [Theory]
    [InlineData("NE", 2438855L)]
    [InlineData("BF", 99000001L)]
    public void Resolve_PreferredCountry_ChoosesAmongHomonyms(string country, long geonameId)
    {
        var doc = TextDocument.Create("هاجم مسلحون سوقا قرب بلدة تيرا.", Language.Arabic);
        var mentions = fixture.Geocoder.Recognize(doc);

        var place = fixture.Geocoder.Resolve(mentions[0], fixture.Geocoder.Context(doc, mentions), country).Choose(PlacePolicy.BestGuess);

        Assert.Equal(geonameId, place.GeonameId);
    }

    [Fact]
    public void Context_Dateline_NamesTheArticlesCountry()
    {
        var doc = TextDocument.Create("باماكو – مرصد: أعلن الجيش مقتل عشرة مسلحين.", Language.Arabic);

        var context = fixture.Geocoder.Context(doc, fixture.Geocoder.Recognize(doc));

        Assert.Equal(("ML", "ML"), (context.DatelineCountry, context.MainCountry));
    }

    [Fact]
    public void Lookup_ArabicSpelling_GivesCandidatesWithReasons()
    {
        var best = fixture.Geocoder.Lookup("دجيبو")[0];

        Assert.Equal(2361177L, best.Place.GeonameId);
        Assert.Contains("population", best.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedPlace_ReportsFileAndLine()
    {
        using var bad = FixtureGazetteer.With("123\tNowhere\t\tML\tPPL\tnorth\t1.0\t0\t\tML.09\t\t\t");

        var error = Assert.Throws<ResourceFormatException>(() => bad.Geocoder);

        Assert.Contains("geo/places.tsv:19: bad id, coordinates, population or country", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeysWithoutTheirPhonemes_ReportsFileAndLine()
    {
        using var bad = FixtureGazetteer.With("123\tNowhere\t\tML\tPPL\t16.0\t1.0\t0\t\tML.09\t\t\t\tnowhere|nulle\tnUIr");

        var error = Assert.Throws<ResourceFormatException>(() => bad.Geocoder);

        Assert.Contains("geo/places.tsv:19: the keys and their phonemes do not pair up", error.Message, StringComparison.Ordinal);
    }

    private ResolvedPlace ResolveIn(TextDocument doc, string surface)
    {
        var mentions = fixture.Geocoder.Recognize(doc);
        var context = fixture.Geocoder.Context(doc, mentions);
        return fixture.Geocoder.Resolve(mentions.First(m => m.Surface == surface), context).Choose(PlacePolicy.BestGuess);
    }

    private ResolvedPlace ResolveFirst(string text)
    {
        var doc = TextDocument.Create(text, Language.Arabic);
        var mentions = fixture.Geocoder.Recognize(doc);
        var context = fixture.Geocoder.Context(doc, mentions);
        return fixture.Geocoder.Resolve(mentions[0], context).Choose(PlacePolicy.BestGuess);
    }
}
