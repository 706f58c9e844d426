using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>French and English persons the relations need: other spellings of catalogued names, several names after a plural
/// title, a name read once and told again. Sentences written for these tests; the names are made up or catalogued.</summary>
public sealed class LatinNamesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Published = new DateOnly(2025, 4, 2), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("fr", "L'État islamique au Grand Sahara, dirigé par Abu Oualid el-Sahraoui, a revendiqué l'embuscade de jeudi.")]
    [InlineData("fr", "L'État islamique au Grand Sahara, dirigé par Abou Walid el-Sahraoui, a revendiqué l'embuscade de jeudi.")]
    [InlineData("en", "The Islamic State in the Greater Sahara, led by Abu Oualid al-Sahraoui, claimed Thursday's ambush.")]
    public void Extract_CataloguedNameInAnotherSpelling_IsTheCataloguedPerson(string lang, string text)
    {
        Assert.Contains(Relations(lang, text), r => r.Subject == "Adnan Abu Walid al-Sahrawi" && r.Predicate == RelationPredicates.LeaderOf);
    }

    [Theory]
    [InlineData("en", "Troops killed two senior leaders of ISWAP, identified as Modu Kachalla and Bukar Tela, near Monguno on Monday.")]
    [InlineData("en", "The army said commanders of ISWAP, Modu Kachalla, Bukar Tela and Ali Gana, had fled the camp.")]
    [InlineData("fr", "L'armée a arrêté deux cadres de l'État islamique au Sahel, Modu Kachalla et Bukar Tela, près de Ménaka.")]
    public void Extract_PluralTitleBeforeSeveralNames_MakesEachAMember(string lang, string text)
    {
        var relations = Relations(lang, text);

        Assert.Contains(relations, r => r.Subject == "Modu Kachalla" && r.Predicate == RelationPredicates.MemberOf);
        Assert.Contains(relations, r => r.Subject == "Bukar Tela" && r.Predicate == RelationPredicates.MemberOf);
    }

    [Fact]
    public void Extract_SingularTitleBeforeNameAndAnotherName_NamesOnlyTheFirst()
    {
        var relations = Relations("en", "A commander of ISWAP, identified as Modu Kachalla, and Bukar Tela met on Monday.");

        Assert.Contains(("Modu Kachalla", RelationPredicates.MemberOf, "Islamic State (West Africa)"), relations);
        Assert.DoesNotContain(relations, r => r.Subject == "Bukar Tela");
    }

    [Fact]
    public void Extract_NameToldAgainAfterItsTitle_IsTheSamePerson()
    {
        var relations = Relations("en", "Troops killed two senior leaders of ISWAP, identified as Modu Kachalla and Bukar Tela. "
                                        + "Last year Modu Kachalla became the leader of ISWAP after a purge.");

        Assert.Contains(("Modu Kachalla", RelationPredicates.LeaderOf, "Islamic State (West Africa)"), relations);
        Assert.DoesNotContain(("Modu Kachalla", RelationPredicates.MemberOf, "Islamic State (West Africa)"), relations);
    }
}
