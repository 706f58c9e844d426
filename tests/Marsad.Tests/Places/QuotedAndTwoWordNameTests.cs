using Marsad.Text;

namespace Marsad.Tests.Places;

/// <summary>
/// Names as wires print them: in quote marks after the word that announces a place, two-word village names whose first
/// word alone spells some other place, and a village's name repeated after a mere preposition.
/// </summary>
[Collection(ShippedGazetteer.Name)]
public sealed class QuotedAndTwoWordNameTests(GazetteerFixture fixture)
{
    [Theory]
    [InlineData("أحرق مسلحون سوقا في قرية «بيلانجا يانجا» شرقي بوركينا فاسو.", "بيلانجا يانجا", "Bilanga Yanga")]
    [InlineData("أحرق مسلحون سوقا في قرية \"بيلانجا\" شرقي بوركينا فاسو.", "بيلانجا", "Bilanga")]
    [InlineData("أحرق مسلحون سوقا في قرية /بيلانجا/ شرقي بوركينا فاسو.", "بيلانجا", "Bilanga")]
    [InlineData("أحرق مسلحون سوقا في قرية (بيلانجا) شرقي بوركينا فاسو.", "بيلانجا", "Bilanga")]
    [InlineData("Des hommes armés ont incendié le marché du village de « Bilanga Yanga », dans l'Est du Burkina Faso.", "Bilanga Yanga", "Bilanga Yanga")]
    public void Recognize_NameInQuotesAfterPlaceWord_IsThatPlace(string text, string name, string expected) =>
        Assert.Equal(expected, TopCandidate(text, name));

    [Fact]
    public void Recognize_TwoWordsSpellingOneTwoWordName_BeatTheFirstWordsNamesake() =>
        Assert.Equal("Bilanga Yanga", TopCandidate("أحرق مسلحون سوقا في قرية بيلانجا يانجا شرقي بوركينا فاسو.", "بيلانجا يانجا"));

    [Theory]
    [InlineData("هاجم مسلحون قرية بوني يوم الأحد وسط مالي.", "بوني يوم")]
    [InlineData("هاجم مسلحون قرية دوري ليلة السبت شمالي بوركينا فاسو.", "دوري ليلة")]
    public void Recognize_CommonWordAfterAVillageName_DoesNotLengthenIt(string text, string span)
    {
        var doc = TextDocument.Create(text);
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Geocoder.Recognize(doc), m => m.NameSpan.Start == start && m.NameSpan.Length == span.Length);
    }

    [Theory]
    [InlineData("Des hommes armés ont tué onze villageois dans le village de Tinsobame Da, dans la commune de Sangha.", "Da")]
    [InlineData("Des assaillants ont tué trois bergers près du village d'Adab Dab, au nord de Banibangou.", "Dab")]
    public void Recognize_LastWordOfAVillageNameAfterPlaceWord_IsNoPlaceOfItsOwn(string text, string lastWord)
    {
        var doc = TextDocument.Create(text);
        var start = text.IndexOf(" " + lastWord + ",", StringComparison.Ordinal) + 1;
        Assert.DoesNotContain(fixture.Geocoder.Recognize(doc), m => m.NameSpan.Start == start);
    }

    /// <summary>A spelling a place word announced is the same place where only a preposition names it again.</summary>
    [Theory]
    [InlineData("Gunmen raided the villages of Tondobi and Kourakou in western Niger on Sunday. Nine people were killed in Tondobi.", "in Tondobi")]
    [InlineData("Des hommes armés ont attaqué dimanche le village de Tondobi, dans l'ouest du Niger. Neuf personnes ont été tuées à Tondobi.", "à Tondobi")]
    public void Recognize_NameAnnouncedEarlier_IsFoundAgainAfterAPreposition(string text, string again)
    {
        var doc = TextDocument.Create(text);
        var mentions = fixture.Geocoder.Recognize(doc);
        var start = text.IndexOf(again, StringComparison.Ordinal) + again.IndexOf(' ', StringComparison.Ordinal) + 1;

        var first = Assert.Single(mentions, m => m.Surface == "Tondobi" && m.NameSpan.Start < start);
        var repeated = Assert.Single(mentions, m => m.NameSpan.Start == start);
        Assert.Equal(first.Candidates[0].Place.Name, repeated.Candidates[0].Place.Name);
    }

    [Fact]
    public void Recognize_QuoteMarkNotAfterPlaceWord_AnnouncesNothing() =>
        Assert.Null(TopCandidate("قال المتحدث إن «الوضع» هادئ في بوركينا فاسو.", "الوضع"));

    private string? TopCandidate(string text, string name)
    {
        var doc = TextDocument.Create(text);
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var mention = fixture.Geocoder.Recognize(doc).FirstOrDefault(m => m.NameSpan.Start == start && m.NameSpan.Length == name.Length);
        return mention?.Candidates.FirstOrDefault()?.Place.Name;
    }
}
