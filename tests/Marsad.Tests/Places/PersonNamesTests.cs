using Marsad.Tests.Golden;
using Marsad.Text;

namespace Marsad.Tests.Places;

/// <summary>Persons and common words share names with places: they are no place unless a place word says so.</summary>
public sealed class PersonNamesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // Inside a person's name (Sila is also a Chadian region).
    [InlineData("قال موسى سيلا إن مسلحين قتلوا خمسة جنود في تشاد.", "Goz Beida")]
    [InlineData("Le porte-parole Hassane Sila a annoncé que des hommes armés ont tué cinq soldats au Tchad.", "Goz Beida")]
    // The last part of a name given before stands for the person (Keita is not Kita).
    [InlineData("اعتقل جنود متمردون الرئيس إبراهيم بوبكر كيتا في باماكو. ونقل كيتا لاحقا إلى مكان مجهول.", "Kita")]
    public void Layers_PersonsName_IsNoPlace(string text, string notAPlace) =>
        Assert.DoesNotContain(Places(text), p => p == notAPlace);

    [Theory]
    // A place word before the name says the place is meant, whoever shares its name.
    [InlineData("اعتقل جنود متمردون الرئيس إبراهيم بوبكر كيتا في باماكو. وهاجم مسلحون مدينة كيتا.", "Kita")]
    public void Layers_PersonsNameAfterAPlaceWord_IsThePlace(string text, string place) =>
        Assert.Contains(Places(text), p => p == place);

    /// <summary>A common word listed as never a name is none with the article either: "في البيان" is "in the statement".</summary>
    [Fact]
    public void Layers_CommonWordWithTheArticle_IsNoPlace() =>
        Assert.Empty(Places("ونشرت الرئاسة تفاصيل الاجتماع في البيان الذي وزعته مساء الأحد."));

    private IEnumerable<string?> Places(string text) =>
        fixture.Pipeline.Layers(TextDocument.Create(text, null), new DateOnly(2024, 3, 5)).Layers.Places.Select(p => p.Place.Location);
}
