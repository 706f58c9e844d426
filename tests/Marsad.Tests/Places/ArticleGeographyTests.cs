using Marsad.Places;
using Marsad.Text;

namespace Marsad.Tests.Places;

/// <summary>The article's geographic frame and what it decides: which names abroad are refused, and where a village not found is coded.</summary>
public sealed class ArticleGeographyTests : IDisposable
{
    // Fictional homonyms abroad: a Cameroonian stream and a Senegalese village whose names a Malian report may write,
    // a Cameroonian town of some size, a Guinean town that shares Mali's name, a district of Gao region, Algeria's capital,
    // and a Burkinabe hamlet that shares Mali's capital's name.
    private readonly FixtureGazetteer _fixture = FixtureGazetteer.With(
        "99000010\tKobira\t\tCM\tSTM\t10.2\t13.5\t0\t\tCM.12\t\t\t",
        "99000011\tDara\t\tSN\tPPL\t15.3\t-15.5\t0\t\tSN.07\t\t\t",
        "99000012\tKousseri\t\tCM\tPPLA2\t12.08\t15.03\t89123\t1\tCM.12\t\t\t",
        "99000013\tMali\t\tGN\tPPLA2\t12.08\t-12.3\t10000\t1\tGN.05\t\t\t",
        "99000014\tAnsongo Cercle\t\tML\tADM2\t15.7\t0.6\t0\t\tML.09\tML.09.01\t\t",
        "99000015\tAlgiers\t\tDZ\tPPLC\t36.73\t3.08\t3000000\t1\tDZ.01\t\t\tالجزائر",
        "99000016\tBamako\t\tBF\tPPL\t10.93\t-3.33\t0\t\tBF.12\t\t\t");

    [Theory]
    // An exact name that only a stream abroad has, with no place word: not the stream.
    [InlineData("Des hommes armés ont attaqué le poste de Kobira au Mali, selon l'armée malienne.", Language.French, "Kobira")]
    // A name that only sounds like a village abroad, even after a place word.
    [InlineData("هاجم مسلحون قرية دارا شمالي مالي وقتلوا خمسة مدنيين.", Language.Arabic, "دارا")]
    public void Resolve_NameThatFitsOnlyAPlaceAbroad_IsRefused(string text, Language language, string surface)
    {
        var place = ResolveFirst(text, language, mention => mention.Surface == surface);

        Assert.True(place.Unresolved);
        Assert.Equal("Mali", place.Country);
    }

    [Theory]
    // Its country named: the frame covers it.
    [InlineData("Des hommes armés ont attaqué le poste de Kobira, au Cameroun.", "Kobira")]
    // The exact name of the one notable town that has it needs no more.
    [InlineData("Une délégation malienne s'est rendue à Kousseri après l'attaque au Mali.", "Kousseri")]
    public void Resolve_PlaceAbroadWithStrongEvidence_IsKept(string text, string location)
    {
        var place = ResolveFirst(text, Language.French, mention => mention.Surface == location);

        Assert.Equal((location, "Cameroon", false), (place.Location, place.Country, place.Unresolved));
    }

    [Fact]
    public void Resolve_CountrysOwnName_IsTheCountryNotATownOfThatName()
    {
        var place = ResolveFirst("ندد سكان مالي وغينيا بالهجوم.", Language.Arabic, mention => mention.Surface == "مالي");

        Assert.Equal(("Mali", null), (place.Country, place.Location));
    }

    [Fact]
    public void Resolve_NearTheBorderWithACountry_IsTheCountryNotItsCapital()
    {
        var place = ResolveFirst("قتل مسلحون ثلاثة جنود قرب الحدود مع الجزائر.", Language.Arabic, mention => mention.Relation == PlaceRelation.Border);

        Assert.Equal(("Algeria", null), (place.Country, place.Location));
    }

    [Fact]
    public void Resolve_VillageNotFound_IsCodedToTheDistrictNamedWithIt()
    {
        var place = ResolveFirst("Des hommes armés ont attaqué le village de Tinkarane, dans le cercle d'Ansongo, au Mali.", Language.French, mention => mention.Surface == "Tinkarane");

        Assert.True(place.Unresolved);
        Assert.Equal(("Mali", "Gao", "Ansongo", 2), (place.Country, place.Admin1, place.Location, place.GeoPrecision));
        Assert.NotNull(place.Latitude);
    }

    [Fact]
    public void Resolve_VillageNotFound_IsCodedToTheRegionItsPassageNamesNotTheCapital()
    {
        const string text = "باماكو – مرصد: تصاعدت الهجمات في منطقة غاو هذا الشهر. وأحرق مسلحون أمس قرية تاغزاروتين.";

        var place = ResolveFirst(text, Language.Arabic, mention => mention.Surface == "تاغزاروتين");

        Assert.True(place.Unresolved);
        Assert.Equal(("Mali", "Gao", 3), (place.Country, place.Admin1, place.GeoPrecision));
        Assert.Equal((16.2717, -0.0447), (place.Latitude, place.Longitude));
    }

    [Fact]
    public void Resolve_VillageNotFound_IsNotCodedToARegionOnlyOtherPassagesName()
    {
        const string text = "أحرق مسلحون أمس قرية تاغزاروتين في مالي. وقال سكان إن القرية أفرغت من أهلها. "
            + "ويعاني السكان من نقص الغذاء. وكانت منطقة غاو قد شهدت هجمات مماثلة العام الماضي، كما شهدت منطقة غاو نزوحا واسعا.";

        var place = ResolveFirst(text, Language.Arabic, mention => mention.Surface == "تاغزاروتين");

        Assert.True(place.Unresolved);
        Assert.Equal(("Mali", null, 3), (place.Country, place.Admin1, place.GeoPrecision));
    }

    [Theory]
    [InlineData("هاجم مسلحون قافلة على بعد 700 كيلومتر من العاصمة باماكو.", null, 3)]
    [InlineData("هاجم مسلحون قافلة على بعد 50 كيلومترا من العاصمة باماكو.", "Bamako", 2)]
    public void Resolve_DistanceFromATown_CodesNearItOnlyWithinReach(string text, string? location, int precision)
    {
        var place = ResolveFirst(text, Language.Arabic, _ => true);

        Assert.Equal(("Mali", location, precision), (place.Country, place.Location, place.GeoPrecision));
    }

    [Theory]
    [InlineData("كمين على الطريق الرابط بين أنسونغو وغاو.", Language.Arabic)]
    [InlineData("Une embuscade sur l'axe Ansongo-Gao.", Language.French)]
    public void RoadEnd_IsTheBetterKnownEndWithPrecision2(string text, Language language)
    {
        var doc = TextDocument.Create(text, language);
        var mentions = _fixture.Geocoder.Recognize(doc);
        var context = _fixture.Geocoder.Context(doc, mentions);

        var place = _fixture.Geocoder.RoadEnd(_fixture.Geocoder.Resolve(mentions[0], context), _fixture.Geocoder.Resolve(mentions[1], context), PlacePolicy.BestGuess);

        Assert.Equal(("Gao", 2), (place.Location, place.GeoPrecision));
    }

    [Fact]
    public void Context_ForeignPowerNamedForItsForces_IsInTheFrameButNotTheMainCountry()
    {
        var doc = TextDocument.Create("قال الجيش الفرنسي إن الطائرات الفرنسية والقوات الفرنسية قصفت مواقع في مالي.", Language.Arabic);

        var geography = _fixture.Geocoder.Context(doc, _fixture.Geocoder.Recognize(doc)).Geography;

        Assert.Equal("ML", geography.MainCountry);
        Assert.Contains("FR", geography.FrameCountries);
        Assert.Contains(geography.Evidence, e => e.Kind == GeoEvidenceKind.Demonym && e.Country == "FR");
    }

    [Fact]
    public void Context_CapitalsName_SaysItsCountryThoughHamletsElsewhereShareIt()
    {
        var doc = TextDocument.Create("قال مسؤول أمني في باماكو إن مسلحين خطفوا خمسة تجار.", Language.Arabic);

        var geography = _fixture.Geocoder.Context(doc, _fixture.Geocoder.Recognize(doc)).Geography;

        Assert.Equal(("ML", null), (geography.MainCountry, geography.MainRegion));
    }

    [Fact]
    public void Context_ActorsHomeCountry_JoinsTheFrame()
    {
        var doc = TextDocument.Create("قتل مسلحون خمسة جنود قرب بلدة جيبو.", Language.Arabic);
        var hint = new GeoEvidence(GeoEvidenceKind.ActorHome, "NE", null, new TextSpan(0, 4), ArticleGeography.FrameWeight);

        var geography = _fixture.Geocoder.Context(doc, _fixture.Geocoder.Recognize(doc), [hint]).Geography;

        Assert.Contains("NE", geography.FrameCountries);
    }

    [Theory]
    // A region named twice stands for the article.
    [InlineData("تصاعدت الهجمات في منطقة غاو. وقال سكان في منطقة غاو إن المسلحين انسحبوا.", "ML.09")]
    // Two regions named alike: neither stands out.
    [InlineData("تصاعدت الهجمات في منطقة غاو ومنطقة سيغو.", null)]
    public void Context_MainRegion_IsTheRegionThatStandsOut(string text, string? admin1)
    {
        var doc = TextDocument.Create(text, Language.Arabic);

        Assert.Equal(admin1, _fixture.Geocoder.Context(doc, _fixture.Geocoder.Recognize(doc)).Geography.MainRegion);
    }

    public void Dispose() => _fixture.Dispose();

    private ResolvedPlace ResolveFirst(string text, Language language, Func<PlaceMention, bool> which)
    {
        var doc = TextDocument.Create(text, language);
        var mentions = _fixture.Geocoder.Recognize(doc);
        var context = _fixture.Geocoder.Context(doc, mentions);
        return _fixture.Geocoder.Resolve(mentions.First(which), context).Choose(PlacePolicy.BestGuess);
    }
}
