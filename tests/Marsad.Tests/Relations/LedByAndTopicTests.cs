using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>"led by its commander, X", and the chief someone served under is not whom the next clause is about. Sentences written for these tests.</summary>
public sealed class LedByAndTopicTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Published = new DateOnly(2025, 4, 2), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("en", "ISWAP fighters, led by its commander, Modu Kachalla, stormed the camp on Monday.")]
    [InlineData("en", "ISWAP fighters, led by their commander Modu Kachalla, stormed the camp on Monday.")]
    public void Extract_LedByATitleThenAName_IsLeadership(string lang, string text)
    {
        Assert.Contains(("Modu Kachalla", RelationPredicates.LeaderOf, "Islamic State (West Africa)"), Relations(lang, text));
    }

    [Theory]
    [InlineData("Abou Walid al-Sahraoui rejoint alors AQMI, sous le commandement de Mokhtar Belmokhtar. En 2015, il prête allégeance à l'État islamique au Grand Sahara.")]
    [InlineData("Abou Walid al-Sahraoui rejoint alors AQMI, sous le commandement de\nMokhtar Belmokhtar. En 2015, il prête allégeance à l'État islamique au Grand Sahara.")]
    public void Extract_JoiningAfterTheChiefServedUnder_IsNotTheChiefs(string text)
    {
        Assert.DoesNotContain(Relations("fr", text), r => r.Subject == "Mokhtar Belmokhtar" && r.Object == "Islamic State (Sahel)");
    }
    [Theory]
    [InlineData("en", "Nigerian troops killed two senior leaders of ISWAP, identified as Modu Kachalla and Bukar Tela, near Monguno on Monday.", "Military Forces of Nigeria (2023-)")]
    [InlineData("fr", "Les soldats français ont tué deux cadres de l'État islamique au Sahel, Modu Kachalla et Bukar Tela, près de Ménaka lundi.", "Military Forces of France (2017-)")]
    public void Extract_KillingOfSeveralListedTitledPersons_KillsEach(string lang, string text, string killer)
    {
        var relations = Relations(lang, text);

        Assert.Contains(("Modu Kachalla", RelationPredicates.KilledBy, killer), relations);
        Assert.Contains(("Bukar Tela", RelationPredicates.KilledBy, killer), relations);
    }

    [Fact]
    public void Extract_KillingOfOneTitledPersonBesideAnUntitledOne_KillsOnlyTheTitled()
    {
        var relations = Relations("en", "Nigerian troops killed a senior commander of ISWAP, identified as Modu Kachalla, and Bukar Tela fled on Monday.");

        Assert.DoesNotContain(relations, r => r.Subject == "Bukar Tela");
    }
}
