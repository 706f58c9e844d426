using Marsad.Tests.Golden;
using Marsad.Text;

namespace Marsad.Tests.Actors;

/// <summary>
/// Catalogued persons named in a text are linked to their entry and its group, in any of the spellings the catalogue
/// lists; the sentences are written for these tests.
/// </summary>
public sealed class PersonCatalogueTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("وصل رئيس الوزراء بريجي رافيني إلى العاصمة أمس.", Language.Arabic, "brigi-rafini", "ne-government")]
    [InlineData("قال بول بيا في خطابه إن الحرب على الإرهاب مستمرة.", Language.Arabic, "paul-biya", "cm-government")]
    [InlineData("التقى المختار ولد أجاي وفدا من المانحين الأسبوع الماضي.", Language.Arabic, "mokhtar-ould-djay", "mr-government")]
    [InlineData("أشاد بشير ماغاشي بصمود الجنود في الشمال الشرقي.", Language.Arabic, "bashir-salihi-magashi", "ng-government")]
    [InlineData("أعلنت السلطات أن خالد أبو سليمان ظهر في تسجيل جديد.", Language.Arabic, "abdelmalek-gouri", "jund-al-khilafa")]
    [InlineData("قالت مصادر محلية إن أبو عمار الجزائري شوهد قرب الحدود قبل أشهر.", Language.Arabic, "yahia-djouadi", "aqim")]
    [InlineData("ظهر إنتالا أغ الطاهر في الاجتماع محاطا بأعيان القبيلة.", Language.Arabic, "intalla-ag-attaher", "hcua")]
    [InlineData("Abou Dardar aurait quitté la zone avant l'arrivée des patrouilles.", Language.French, "dadi-ould-chouaib", "is-sahel")]
    [InlineData("Le général Moussa Salaou Barmou a reçu les chefs de corps lundi.", Language.French, "moussa-salaou-barmou", "ne-military")]
    [InlineData("Selon Christophe Dabiré, la situation restait difficile dans l'Est.", Language.French, "christophe-dabire", "bf-government")]
    [InlineData("Le ministre Djibril Bassolé a quitté la réunion avant la fin.", Language.French, "djibrill-bassole", "bf-government")]
    [InlineData("Chief of Army Staff Taoreed Lagbaja visited the troops on Monday.", Language.English, "taoreed-lagbaja", "ng-military")]
    [InlineData("General Stephen Townsend said the strikes would continue.", Language.English, "stephen-townsend", "us-military")]
    [InlineData("Nuhu Ribadu met the state governor to discuss the attacks.", Language.English, "nuhu-ribadu", "ng-government")]
    public void Recognize_CataloguedName_LinksTheEntryAndItsGroup(string text, Language language, string id, string group)
    {
        var doc = TextDocument.Create(text, language);
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5));

        var person = Assert.Single(layers.Persons, p => p.Known is not null);
        Assert.Equal(id, person.Known!.Id);
        Assert.Equal(group, person.Group?.Id);
    }

    [Fact]
    public void Recognize_NameThatTwoSpellingsMatch_IsOneMentionOfTheWholeWords()
    {
        var doc = TextDocument.Create("ظهر الشيخ أغ أوسا في الاجتماع.", Language.Arabic);
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5));

        Assert.Equal("الشيخ أغ أوسا", doc.OriginalText(Assert.Single(layers.Persons).Span));
    }
}
