using System.Collections.Immutable;
using CsCheck;
using Marsad.Places;
using Marsad.Text;

namespace Marsad.Tests.Places;

public sealed class PlaceRecognitionTests(FixtureGazetteer fixture) : IClassFixture<FixtureGazetteer>
{
    [Fact]
    public void Recognize_DistanceDirectionAndCue_ReadsTheWholePhrase()
    {
        const string text = "وقع الهجوم على بعد نحو 40 كيلومترا جنوب مدينة غاو.";

        var mention = Assert.Single(Recognize(text, Language.Arabic));

        Assert.Equal("غاو", mention.Surface);
        Assert.Equal("على بعد نحو 40 كيلومترا جنوب مدينة غاو", text[mention.Span.Start..mention.Span.End]);
        Assert.Equal((PlaceCue.City, PlaceRelation.Distance, "S", 40.0), (mention.Cue, mention.Relation, mention.Direction, mention.DistanceKm));
    }

    [Theory]
    [InlineData("هاجم مسلحون قرية قرب بلدة تيرا أمس.", "تيرا", PlaceRelation.Near, null)]
    [InlineData("اشتباكات في ضواحي مدينة جيبو.", "جيبو", PlaceRelation.Outskirts, null)]
    [InlineData("غارة شمال شرقي غاو.", "غاو", PlaceRelation.Direction, "NE")]
    [InlineData("Les assaillants ont frappé au nord de Djibo.", "Djibo", PlaceRelation.Direction, "N")]
    [InlineData("Gunmen abducted farmers near Bama on Tuesday.", "Bama", PlaceRelation.Near, null)]
    public void Recognize_Modifier_GivesRelationAndDirection(string text, string surface, PlaceRelation relation, string? direction)
    {
        var mention = Assert.Single(Recognize(text, null), m => m.Surface == surface);

        Assert.Equal((relation, direction), (mention.Relation, mention.Direction));
    }

    [Fact]
    public void Recognize_FrenchApproximateDistance_ReadsTheNumberWord()
    {
        var mention = Assert.Single(Recognize("Neuf civils tués dans un village situé à une vingtaine de kilomètres de Téra.", Language.French));

        Assert.Equal((PlaceRelation.Distance, 20.0), (mention.Relation, mention.DistanceKm));
    }

    [Fact]
    public void Recognize_Between_GivesBothEndsWithoutTheConjunction()
    {
        var mentions = Recognize("كمين على الطريق الرابط بين جاو وأنسونغو.", Language.Arabic);

        Assert.Equal(["جاو", "أنسونغو"], mentions.Select(m => m.Surface));
        Assert.All(mentions, m => Assert.Equal(PlaceRelation.Between, m.Relation));
    }

    [Theory]
    [InlineData("انفجرت عبوة ناسفة على طريق غاو – أنسونغو.", Language.Arabic, "غاو", "أنسونغو")]
    [InlineData("Une mine a explosé sur l'axe Gao-Ansongo lundi.", Language.French, "Gao", "Ansongo")]
    [InlineData("A mine exploded on the Gao-Ansongo road on Monday.", Language.English, "Gao", "Ansongo")]
    public void Recognize_TwoPlacesJoinedByADash_AreTheEndsOfARoad(string text, Language language, string first, string second)
    {
        var mentions = Recognize(text, language);

        Assert.Equal([first, second], mentions.Select(m => m.Surface));
        Assert.All(mentions, m => Assert.Equal(PlaceRelation.Between, m.Relation));
    }

    [Theory]
    // A unit named right after a word says the word was a place: a sound-alike, or a name the gazetteer lacks.
    [InlineData("حاصر مسلحون الجنود في فارابوغو بمنطقة سيغو.", Language.Arabic, "فارابوغو")]
    [InlineData("Les assaillants ont frappé à Tinkarane, dans la région de Gao.", Language.French, "Tinkarane")]
    public void Recognize_WordBeforeANamedUnit_IsAPlace(string text, Language language, string surface) =>
        Assert.Contains(Recognize(text, language), m => m.Surface == surface);

    // A part of a country after a name makes a village that only sounds like it a place, if it lies in that country.
    [Theory]
    [InlineData("قتل مسلحون ثلاثة رعاة في فارابوغو شمالي مالي.", true)]
    [InlineData("قتل مسلحون ثلاثة رعاة في فارابوغو.", false)]
    [InlineData("قتل مسلحون ثلاثة رعاة في فارابوغو شمالي النيجر.", false)]
    public void Recognize_SoundAlikeBeforeAPartOfItsCountry_IsAPlace(string text, bool found) =>
        Assert.Equal(found, Recognize(text, Language.Arabic).Any(m => m.Surface == "فارابوغو"));

    // An army installation is named after its place: the name after the word is a town, found or not.
    [Theory]
    [InlineData("قصف المسلحون ثكنة تامبيري بقذائف الهاون.", Language.Arabic, "تامبيري")]
    [InlineData("Les assaillants ont visé le camp militaire de Tambiri à l'aube.", Language.French, "Tambiri")]
    [InlineData("Fighters overran the army base at Tambiri overnight.", Language.English, "Tambiri")]
    public void Recognize_NameAfterAnInstallationWord_IsATown(string text, Language language, string surface) =>
        Assert.Contains(Recognize(text, language), m => m.Surface == surface && m.Cue == PlaceCue.Town);

    [Fact]
    public void Recognize_WordBeforeARegionReferredBack_IsNoPlace() =>
        Assert.Empty(Recognize("وعبر أهالي المنطقة عن قلقهم.", Language.Arabic));

    [Fact]
    public void Recognize_DatelinePlace_IsMarked()
    {
        var mentions = Recognize("نيامي – مرصد: قتل مسلحون خمسة مدنيين قرب تيرا.", Language.Arabic);

        Assert.Equal([true, false], mentions.Select(m => m.Dateline));
    }

    [Theory]
    // A headline may come first; a name opening the third line, or after words on its line, is no dateline.
    [InlineData("Attaque dans l'ouest\n\nNIAMEY, 4 mars – Des hommes armés ont attaqué Téra.", Language.French, new[] { true, false })]
    [InlineData("Attaque dans l'ouest\nUne dépêche\nNIAMEY, 4 mars – Des hommes armés ont attaqué Téra.", Language.French, new[] { false, false })]
    [InlineData("Attaque dans l'ouest\nDepuis Niamey, des hommes armés ont attaqué Téra.", Language.French, new[] { false, false })]
    public void Recognize_DatelineUnderAHeadline_IsMarked(string text, Language language, bool[] datelines) =>
        Assert.Equal(datelines, Recognize(text, language).Select(m => m.Dateline));

    [Theory]
    [InlineData("قدمت الحكومة دعما ماليا للمزارعين.", Language.Arabic)]
    [InlineData("قال المتحدث إن العملية جاءت في إطار خطة أمنية.", Language.Arabic)]
    [InlineData("Une dizaine de militaires ont été tués.", Language.French)]
    [InlineData("نشر التنظيم شريط فيديو يظهر فيه أسيران.", Language.Arabic)]
    [InlineData("ولا يعرف شيء عن مصير الأسيرين حتى الآن.", Language.Arabic)]
    [InlineData("ويطالب التنظيم بفرض الشريعة على السكان.", Language.Arabic)]
    [InlineData("ودانت جامعة الدول العربية الهجوم بشدة.", Language.Arabic)]
    public void Recognize_CommonWords_AreNotPlaces(string text, Language language) =>
        Assert.Empty(Recognize(text, language));

    [Theory]
    // Every name of a list after a plural place word is such a place, found or not; a و joining it is no part of the name.
    [InlineData("هاجم مسلحون قرى جاو وكوروفيني ودجيبو ليلا.", Language.Arabic, new[] { "جاو", "كوروفيني", "دجيبو" })]
    [InlineData("Des hommes armés ont attaqué les villages de Djibo, Kourofini et Ansongo.", Language.French, new[] { "Djibo", "Kourofini", "Ansongo" })]
    [InlineData("Gunmen raided the villages of Ansongo, Kourofini, and Djibo on Monday.", Language.English, new[] { "Ansongo", "Kourofini", "Djibo" })]
    public void Recognize_NamesListedAfterAPluralPlaceWord_AreAllPlaces(string text, Language language, string[] surfaces)
    {
        var mentions = Recognize(text, language);

        Assert.Equal(surfaces, mentions.Select(m => m.Surface));
        Assert.All(mentions, m => Assert.Equal(PlaceCue.Village, m.Cue));
    }

    [Theory]
    // A plural place word after the list, a preposition said again before each name, or "notably" before the list: every name is a place.
    [InlineData("Bandits raided Tamazka and Birnilo villages on Sunday.", Language.English, new[] { "Tamazka", "Birnilo" })]
    [InlineData("Gunmen stormed Kadoru, Yarmadi and Zangoru communities at dawn.", Language.English, new[] { "Kadoru", "Yarmadi", "Zangoru" })]
    [InlineData("Les assaillants ont visé les localités de Tamazka, de Birnilo et de Kadoru.", Language.French, new[] { "Tamazka", "Birnilo", "Kadoru" })]
    [InlineData("Les assaillants ont frappé trois villages notamment Tamazka, Birnilo et Kadoru.", Language.French, new[] { "Tamazka", "Birnilo", "Kadoru" })]
    public void Recognize_NamesOfAListTheTextCallsPlaces_AreAllPlaces(string text, Language language, string[] surfaces) =>
        Assert.Equal(surfaces, Recognize(text, language).Select(m => m.Surface));

    [Theory]
    // A lone name before a plural place word describes the places; it names none.
    [InlineData("Gunmen burned Fulani villages on Sunday.")]
    [InlineData("The army said Dogon communities had been warned.")]
    public void Recognize_OneNameBeforeAPluralPlaceWord_IsNoPlace(string text) =>
        Assert.Empty(Recognize(text, Language.English));

    [Theory]
    // "and the surrounding areas" ends a list; a singular place word does not make the next name a place.
    [InlineData("هاجم مسلحون قرى جاو وكوروفيني والمناطق المحيطة بها.", new[] { "جاو", "كوروفيني" })]
    [InlineData("هاجم مسلحون قرية جاو وكوروفيني.", new[] { "جاو" })]
    public void Recognize_WordsAfterAList_AreNoPlaces(string text, string[] surfaces) =>
        Assert.Equal(surfaces, Recognize(text, Language.Arabic).Select(m => m.Surface));

    [Theory]
    // An adjective after a place word describes the place; it does not name one.
    [InlineData("سيطر جنود على معسكر قريب من جاو.")]
    [InlineData("فر السكان إلى قرية مجاورة لمدينة جاو.")]
    [InlineData("هاجم مسلحون بلدة نائية شمال جاو.")]
    public void Recognize_AdjectiveAfterAPlaceWord_IsNoName(string text) =>
        Assert.Equal(["جاو"], Recognize(text, Language.Arabic).Select(m => m.Surface));

    [Fact]
    public void Recognize_AnyText_KeepsSpansInsideTheText() =>
        Gen.String[Gen.Char["غاو قربمدينةتيرا شمال على بعد 30 كيلومترا من Téra near Bama ،.\n"], 0, 120].Sample(text =>
        {
            var mentions = Recognize(text, null);
            return mentions.All(m => m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Contains(m.NameSpan) && m.FirstToken <= m.NameFirstToken && m.NameEndToken <= m.EndToken);
        });

    private ImmutableArray<PlaceMention> Recognize(string text, Language? language) =>
        fixture.Geocoder.Recognize(TextDocument.Create(text, language));
}
