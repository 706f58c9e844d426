using Marsad.Tests.Golden;
using Marsad.Text;

namespace Marsad.Tests.Actors;

/// <summary>
/// Catalogued persons named in a text are linked to their entry and its group, in any of the spellings the catalogue
/// lists; the sentences are written for these tests.
/// </summary>
public sealed class PersonCatalogueTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public void Recognize_NameThatTwoSpellingsMatch_IsOneMentionOfTheWholeWords()
    {
        var doc = TextDocument.Create("ظهر الشيخ أغ أوسا في الاجتماع.", Language.Arabic);
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5));

        Assert.Equal("الشيخ أغ أوسا", doc.OriginalText(Assert.Single(layers.Persons).Span));
    }
}
