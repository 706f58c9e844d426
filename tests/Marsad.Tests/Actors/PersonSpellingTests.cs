using Marsad.Tests.Golden;
using Marsad.Text;

namespace Marsad.Tests.Actors;

/// <summary>Arabic names nobody catalogued come out in the Latin spelling Sahel wires use; the names are made up.</summary>
public sealed class PersonSpellingTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("عثمان ديكو", "Ousmane Dicko")]
    [InlineData("حمادي أغ موسى", "Hamadi Ag Moussa")]
    [InlineData("سيدي ولد حمادي", "Sidi Ould Hamadi")]
    [InlineData("أبو قتادة الصحراوي", "Abou Qatada al-Sahraoui")]
    [InlineData("موسى كودال", "Moussa Koudal")]
    [InlineData("أبو حذيفة", "Abou Houzeifa")]
    public void Recognize_UnknownArabicName_IsSpelledAsTheWiresSpellIt(string arabic, string latin)
    {
        var doc = TextDocument.Create($"قال القيادي {arabic} إن الهجوم فشل.", Language.Arabic);
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5));

        Assert.Equal(latin, Assert.Single(layers.Persons).Name);
    }
}
