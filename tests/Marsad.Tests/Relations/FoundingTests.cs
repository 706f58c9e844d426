using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>A founder leads the group he founded; sentences written for these tests (the unknown names are made up).</summary>
public sealed class FoundingTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "f", Lang = lang, Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("ar", "تنتشر في الوسط كتيبة ماسينا، الموالية لتنظيم القاعدة، وقد تأسست قبل سنوات على يد أمادو كوفا.")]
    [InlineData("ar", "عادت كتيبة ماسينا التي أسسها أمادو كوفا إلى مهاجمة القرى.")]
    [InlineData("ar", "أسس أمادو كوفا كتيبة ماسينا قبل سنوات من الهجمات الأخيرة.")]
    [InlineData("fr", "La katiba Macina, fondée par Amadou Koufa, a repris ses attaques.")]
    [InlineData("en", "Katiba Macina, founded by Amadou Koufa, has stepped up its attacks.")]
    [InlineData("en", "After years of preaching, Amadou Koufa founded Katiba Macina.")]
    public void Extract_GroupFoundedByAPerson_ThePersonLeadsIt(string lang, string text)
    {
        Assert.Contains(("Amadou Koufa", RelationPredicates.LeaderOf, "Katiba Macina"), Relations(lang, text));
    }

    [Fact]
    public void Extract_FoundingAfterAGroupAnotherCueNames_LeadsTheGroupToldOn()
    {
        var relations = Relations("ar", "تنتشر في الوسط كتيبة ماسينا، الموالية لتنظيم القاعدة، وقد تأسست قبل سنوات على يد أمادو كوفا.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.LeaderOf && r.Object == "Al Qaeda");
    }
}
