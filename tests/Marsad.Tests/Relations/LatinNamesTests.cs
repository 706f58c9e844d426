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
    [Theory]
    [InlineData("en", "On Monday, Hamadou Ag Issa, the leader of JNIM, called for talks.", RelationPredicates.LeaderOf)]
    [InlineData("en", "Troops said that Modu Kachalla, a senior commander of ISWAP, had surrendered.", RelationPredicates.MemberOf)]
    [InlineData("fr", "Selon l'armée, Hamadou Ag Issa, un cadre du JNIM, a été arrêté lundi.", RelationPredicates.MemberOf)]
    [InlineData("fr", "Selon l'armée, Hamadou Ag Issa, ancien porte-parole du JNIM, a été arrêté lundi.", RelationPredicates.FormerlyMemberOf)]
    public void Extract_UncataloguedNameBeforeApposedTitle_HoldsTheTitle(string lang, string text, string predicate)
    {
        Assert.Contains(Relations(lang, text), r => r.Subject is "Hamadou Ag Issa" or "Modu Kachalla" && r.Predicate == predicate);
    }

    [Theory]
    [InlineData("en", "Yesterday Morning, the leader of JNIM called for talks.")]
    [InlineData("en", "Local Residents, the leader of JNIM said, fled the town.")]
    public void Extract_CapitalisedWordsOpeningASentenceBeforeATitle_AreNoName(string lang, string text)
    {
        Assert.DoesNotContain(Relations(lang, text), r => r.Predicate == RelationPredicates.LeaderOf && (r.Subject.Contains("Morning", StringComparison.Ordinal) || r.Subject.Contains("Residents", StringComparison.Ordinal)));
    }
    [Fact]
    public void Extract_LastWordAfterATitleThenTheCataloguedFullName_IsOnePerson()
    {
        var relations = Relations("en", "Boko Haram leader, Shekau, is reported dead. Abubakar Shekau had led the group since 2009.");

        Assert.Contains(("Abubakar Shekau", RelationPredicates.LeaderOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"), relations);
        Assert.DoesNotContain(relations, r => r.Subject == "Shekau");
    }
}
