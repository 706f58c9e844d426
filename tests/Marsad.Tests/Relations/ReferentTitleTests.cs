using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>A title with its group and no name of its own, and the person it speaks of in a sentence nearby; sentences written for these tests.</summary>
public sealed class ReferentTitleTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("ar", "ماذا نعرف عن زعيم كتيبة ماسينا؟\n\nالأحد 3 مارس 2024\n\nأمادو كوفا، الواعظ الذي ظهر في تسجيل جديد، دعا السكان إلى مقاطعة الانتخابات.")]
    [InlineData("en", "Who is the leader of Katiba Macina? Amadou Koufa, the preacher seen in a new video, called on villagers to boycott the vote.")]
    public void Extract_TitleWithoutANameBeforeACataloguedLeaderOfItsGroup_LeadsTheGroup(string lang, string text)
    {
        Assert.Contains(("Amadou Koufa", RelationPredicates.LeaderOf, "Katiba Macina"), Relations(lang, text));
    }

    [Fact]
    public void Extract_TitleWithoutANameBeforeAPersonOfAnotherGroup_IsNoRelation()
    {
        var relations = Relations("ar", "ماذا نعرف عن زعيم كتيبة ماسينا؟\n\nإياد أغ غالي، الذي ظهر في تسجيل جديد، دعا السكان إلى مقاطعة الانتخابات.");

        Assert.DoesNotContain(relations, r => r.Object == "Katiba Macina");
    }

    [Theory]
    [InlineData("ar", "تحدث التقرير عن علي ميشو، أحد وجوه التيار في المنطقة. والذي ينحدر من جماعة أنصار الإسلام بحسب مصادر محلية.", "Ansaroul Islam")]
    [InlineData("ar", "ظهر علي ميشو في تسجيل جديد، وهو أحد أبرز قيادات جماعة نصرة الإسلام والمسلمين في المنطقة.", "JNIM: Group for Support of Islam and Muslims")]
    public void Extract_MembershipCueInAClauseAboutThePersonToldBefore_IsThatPersonsMembership(string lang, string text, string group)
    {
        Assert.Contains(("Ali Maychou", RelationPredicates.MemberOf, group), Relations(lang, text));
    }

    [Fact]
    public void Extract_RelativePronounAfterAGroupNamedSinceThePerson_IsNotThePersons()
    {
        var relations = Relations("ar", "تحدث التقرير عن علي ميشو. وتناول أيضا تنظيم القاعدة الذي ينحدر من جماعة أنصار الإسلام.");

        Assert.DoesNotContain(relations, r => r.Subject == "Ali Maychou" && r.Object == "Ansaroul Islam");
    }
}
