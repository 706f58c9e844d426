using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Careers told in sequence and group relations told verb first; sentences written for these tests.</summary>
public sealed class CareerAndFrontedVerbTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Fact]
    public void Extract_CareerThroughTheAlgerianPredecessorGroup_NamesItAsFormer()
    {
        var relations = Relations("ar", "كان القيادي سليمان ولد حمدي عضوا في الجماعة السلفية للدعوة والقتال قبل أن ينضم إلى تنظيم القاعدة في بلاد المغرب الإسلامي عام 2008.");

        Assert.Contains(relations, r => r.Predicate == RelationPredicates.FormerlyMemberOf && r.Object == "GSPC: Salafist Group for Preaching and Combat");
        Assert.Contains(relations, r => r.Predicate == RelationPredicates.MemberOf && r.Object == "AQIM: Al Qaeda in the Islamic Maghreb");
    }

    [Theory]
    [InlineData("ar", "كان علي ميشو عضوا في جماعة أنصار الدين ثم التحق بتنظيم الدولة الإسلامية في الساحل.")]
    [InlineData("fr", "Ali Maychou, membre d'Ansar Dine, a ensuite rejoint l'État islamique au Sahel.")]
    public void Extract_MembershipThenAJoining_MakesTheFirstGroupFormer(string lang, string text)
    {
        var relations = Relations(lang, text);

        Assert.Contains(("Ali Maychou", RelationPredicates.FormerlyMemberOf, "Ansar Dine"), relations);
        Assert.Contains(("Ali Maychou", RelationPredicates.MemberOf, "Islamic State (Sahel)"), relations);
    }

    [Theory]
    [InlineData("en", "After leaving Ansar Dine, Ali Maychou joined the Islamic State in the Sahel.")]
    [InlineData("fr", "Après avoir quitté Ansar Dine, Ali Maychou a rejoint l'État islamique au Sahel.")]
    public void Extract_LeavingBeforeTheNameThenJoining_IsADefection(string lang, string text)
    {
        var relations = Relations(lang, text);

        Assert.Contains(("Ali Maychou", RelationPredicates.FormerlyMemberOf, "Ansar Dine"), relations);
        Assert.Contains(("Ali Maychou", RelationPredicates.DefectedTo, "Islamic State (Sahel)"), relations);
    }

    [Fact]
    public void Extract_LeavingToldSentencesAwayFromAnEarlierJoining_IsNoDefection()
    {
        var relations = Relations("ar", "وكان علي ميشو قد انشق عن جماعة أنصار الدين عام 2016. ولد في قرية صغيرة قرب تمبكتو. ودرس في مدرسة قرآنية هناك. وفي 2009 انضم علي ميشو إلى تنظيم القاعدة في بلاد المغرب الإسلامي.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.DefectedTo);
    }

    [Fact]
    public void Extract_SplitVerbBeforeItsSubject_TheSubjectUsedToBelongToTheOther()
    {
        Assert.Contains(("Ansaroul Islam", RelationPredicates.FormerlyMemberOf, "JNIM: Group for Support of Islam and Muslims"),
            Relations("ar", "وانفصلت جماعة أنصار الإسلام عن جماعة نصرة الإسلام والمسلمين قبل عامين بحسب باحثين."));
    }

    [Fact]
    public void Extract_AllyVerbBeforeItsSubject_AlliesTheTwoGroups()
    {
        Assert.Contains(("Islamic State (Sahel)", RelationPredicates.AlliedWith, "MSA: Movement for the Salvation of Azawad"),
            Relations("ar", "تحالف تنظيم الدولة الإسلامية في الساحل مع حركة إنقاذ أزواد للسيطرة على الطريق."));
    }

    [Fact]
    public void Extract_AllyVerbWithAPersonAsSubject_IsNoGroupAlliance()
    {
        Assert.DoesNotContain(Relations("ar", "تحالف علي ميشو مع جماعة أنصار الإسلام ثم غادر المنطقة."), r => r.Predicate == RelationPredicates.AlliedWith);
    }
}
