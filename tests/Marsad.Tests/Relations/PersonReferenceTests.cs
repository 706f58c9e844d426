using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Who a title, a relative clause or a deputy speaks of, across commas and sentences; sentences written for these tests.</summary>
public sealed class PersonReferenceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
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
    [InlineData("ar", "تحدث التقرير عن علي ميشو، أحد وجوه التيار في المنطقة. والذي ينحدر من صفوف جماعة أنصار الإسلام وفق شهود.", "Ansaroul Islam")]
    [InlineData("ar", "ظهر علي ميشو في تسجيل جديد، وهو أحد أبرز قيادات جماعة نصرة الإسلام والمسلمين في المنطقة.", "JNIM: Group for Support of Islam and Muslims")]
    public void Extract_MembershipCueInAClauseAboutThePersonToldBefore_IsThatPersonsMembership(string lang, string text, string group)
    {
        Assert.Contains(("Ali Maychou", RelationPredicates.MemberOf, group), Relations(lang, text));
    }

    [Fact]
    public void Extract_RelativePronounAfterAGroupNamedSinceThePerson_IsNotThePersons()
    {
        var relations = Relations("ar", "تحدث التقرير عن علي ميشو. وتناول أيضا تنظيم القاعدة الذي ينحدر من صفوف جماعة أنصار الإسلام.");

        Assert.DoesNotContain(relations, r => r.Subject == "Ali Maychou" && r.Object == "Ansaroul Islam");
    }

    [Theory]
    [InlineData("ar", "قتلت القوات الفرنسية علي ميشو، نائب إياد أغ غالي، قرب الحدود.")]
    [InlineData("ar", "ظهر نائب “إياد أغ غالي”، علي ميشو، في تسجيل جديد.")]
    [InlineData("fr", "Ali Maychou, l'adjoint de Iyad Ag Ghaly, a été tué près de la frontière.")]
    [InlineData("en", "Ali Maychou, the deputy of Iyad Ag Ghaly, was killed near the border.")]
    [InlineData("fr", "L'adjoint d'Iyad Ag Ghaly, Ali Maychou, a été vu près de la frontière.")]
    [InlineData("en", "Iyad Ag Ghaly's deputy, Ali Maychou, was seen near the border.")]
    [InlineData("en", "Iyad Ag Ghaly's number two Ali Maychou was seen near the border.")]
    public void Extract_DeputyOfAPerson_ServedUnderThatPerson(string lang, string text)
    {
        Assert.Contains(("Ali Maychou", RelationPredicates.ServedUnder, "Iyad Ag Ghaly"), Relations(lang, text));
    }

    [Fact]
    public void Extract_DeputyOfAGroupsPossessive_ServesUnderNoPerson()
    {
        var relations = Relations("en", "Iyad Ag Ghaly met Ansar Dine's deputy leader Ali Maychou near the border.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.ServedUnder);
    }

    [Fact]
    public void Extract_DeputyOfATitleBeforeAName_IsNoDeputyOfThatName()
    {
        var relations = Relations("ar", "التقى إياد أغ غالي نائب الرئيس علي ميشو في المدينة.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.ServedUnder);
    }

    [Theory]
    [InlineData("ar", "أفرجت السلطات عن القيادي السابق في جماعة أنصار الإسلام علي ميشو بعد التحقيق معه.")]
    [InlineData("ar", "أفرجت السلطات عن علي ميشو، العضو السابق في جماعة أنصار الإسلام، بعد التحقيق معه.")]
    [InlineData("en", "The authorities released Ali Maychou, formerly of Ansaroul Islam, after questioning him.")]
    public void Extract_FormerTitle_IsAFormerMembershipNotAMembership(string lang, string text)
    {
        var relations = Relations(lang, text);

        Assert.Contains(("Ali Maychou", RelationPredicates.FormerlyMemberOf, "Ansaroul Islam"), relations);
        Assert.DoesNotContain(("Ali Maychou", RelationPredicates.MemberOf, "Ansaroul Islam"), relations);
    }

    [Theory]
    [InlineData("ar", "في تلك الحقبة كان إياد أغ غالي، زعيم أنصار الدين، يتنقل بين كيدال والحدود. وأصبح علي ميشو بعد عامين أحد مساعدي زعيم الجماعة.")]
    [InlineData("ar", "في كيدال تعرف علي ميشو على إياد أغ غالي، مؤسس أنصار الدين، وصار بعد ذلك نائب مؤسس الجماعة.")]
    public void Extract_DeputyOfALeaderNamedByHisTitle_ServedUnderThatLeader(string lang, string text)
    {
        var relations = Relations(lang, text);

        Assert.Contains(("Ali Maychou", RelationPredicates.ServedUnder, "Iyad Ag Ghaly"), relations);
        Assert.DoesNotContain(("Ali Maychou", RelationPredicates.LeaderOf, "Ansar Dine"), relations);
    }

    [Fact]
    public void Extract_TitleAfterAPersonalPronounOpeningTheNextSentence_IsThePersonsToldBefore()
    {
        var relations = Relations("ar", "عاد الحديث في الأسواق عن علي ميشو. وهو قيادي في جماعة أنصار الإسلام منذ سنوات.");

        Assert.Contains(("Ali Maychou", RelationPredicates.MemberOf, "Ansaroul Islam"), relations);
    }
}
