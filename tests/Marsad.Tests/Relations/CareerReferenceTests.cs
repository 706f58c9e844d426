using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>
/// Careers told through pronouns and past markers: "his deputy", « son bras droit », نائبه، ذراعه اليمنى; a title put in the past
/// (زعيم X سابقا); a leaving told with عزله عن; a title opening a sentence about the person named before; who a clause is about
/// when someone else is named as its other party; a joining told alone, or sentences after the name. Sentences written for these tests.
/// </summary>
public sealed class CareerReferenceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("en", "Iyad Ag Ghaly spoke from a hideout near Tessalit, flanked by his deputy, Ali Maychou.")]
    [InlineData("fr", "Iyad Ag Ghaly est apparu dans une vidéo tournée près d'Aguelhok avec son bras droit, Ali Maychou.")]
    [InlineData("ar", "التقى إياد أغ غالي وجهاء القبائل في تساليت، ورافقه نائبه علي ميشو.")]
    [InlineData("ar", "ظل علي ميشو مقربا لسنوات طويلة من إياد أغ غالي، وذراعه اليمنى في كيدال.")]
    public void Extract_DeputyTitleWithAPossessivePronoun_ServedUnderThePersonNamedBefore(string lang, string text)
    {
        Assert.Contains(("Ali Maychou", RelationPredicates.ServedUnder, "Iyad Ag Ghaly"), Relations(lang, text));
    }

    [Fact]
    public void Extract_DeputyTitleWithAPossessivePronounAndNobodyNamedBefore_IsNoRelation()
    {
        var relations = Relations("en", "The group announced his deputy would speak in Tessalit.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.ServedUnder);
    }

    [Theory]
    [InlineData("تحدث إياد أغ غالي، أمير حركة «أنصار الدين» سابقا، في رسالة صوتية بثت من تينزاواتين.")]
    [InlineData("وجه إياد أغ غالي زعيم حركة أنصار الدين سابقًا رسالة إلى أنصاره في أنفيف.")]
    public void Extract_TitleWhoseGroupIsFollowedByAPastMarker_IsFormerMembership(string text)
    {
        var relations = Relations("ar", text);

        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.FormerlyMemberOf, "Ansar Dine"), relations);
        Assert.DoesNotContain(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "Ansar Dine"), relations);
    }

    [Fact]
    public void Extract_PastMarkerAfterAnotherGroup_LeavesTheTitleCurrent()
    {
        var relations = Relations("ar", "تحدث إياد أغ غالي، زعيم «أنصار الدين»، عن قادة «المرابطون» سابقا في رسالة صوتية من أنفيف.");

        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "Ansar Dine"), relations);
    }

    [Fact]
    public void Extract_RemovalFromAGroup_IsFormerMembership()
    {
        var relations = Relations("ar", "فقد مختار بلمختار نفوذه في منطقة تمنراست إثر عزله عن كتيبة الملثمين ربيع ذلك العام.");

        Assert.Contains(("Mokhtar Belmokhtar", RelationPredicates.FormerlyMemberOf, "Al-Mulathamun Battalion"), relations);
    }

    [Theory]
    [InlineData("en", "Amadou Koufa released a new audio message from the forest near Djenne. The leader, a former member of Ansar Dine, urged herders to join him.")]
    [InlineData("fr", "Amadou Koufa a diffusé un nouveau message audio depuis la forêt près de Djenné. Ce chef, ancien membre d'Ansar Dine, appelle les éleveurs à le rejoindre.")]
    public void Extract_SentenceOpeningOnALeadersTitleWithoutAName_IsAboutThePersonOfTheSentenceBefore(string lang, string text)
    {
        Assert.Contains(("Amadou Koufa", RelationPredicates.FormerlyMemberOf, "Ansar Dine"), Relations(lang, text));
    }

    [Fact]
    public void Extract_TitleOpeningASentenceThatNamesItsHolder_IsNotAboutThePersonBefore()
    {
        var relations = Relations("en", "Amadou Koufa released a new audio message near Djenne. The leader Iyad Ag Ghaly, a former member of Ansar Dine, stayed silent.");

        Assert.DoesNotContain(relations, r => r.Subject == "Amadou Koufa" && r.Object == "Ansar Dine");
    }

    [Fact]
    public void Extract_DefectionAfterAQuarrelWithSomeone_IsTheDefectionOfTheSubject()
    {
        var relations = Relations("en", "After a dispute over money with Iyad Ag Ghaly, Ali Maychou left Tessalit and defected to Ansaroul Islam.");

        Assert.Contains(("Ali Maychou", RelationPredicates.DefectedTo, "Ansaroul Islam"), relations);
        Assert.DoesNotContain(relations, r => r.Subject == "Iyad Ag Ghaly" && r.Predicate == RelationPredicates.DefectedTo);
    }

    [Fact]
    public void Extract_JoiningUnderAGroupsBanner_IsMembership()
    {
        var relations = Relations("ar", "أعلن عدنان أبو الوليد الصحراوي من غاو انضوائه تحت راية المرابطون بعد خلاف طويل.");

        Assert.Contains(("Adnan Abu Walid al-Sahrawi", RelationPredicates.MemberOf, "Al Mourabitoun"), relations);
    }

    [Theory]
    [InlineData("en", "Ali Maychou joined Ansaroul Islam in the spring of 2016.")]
    [InlineData("ar", "انضم علي ميشو إلى جماعة أنصار الإسلام في ربيع 2016.")]
    [InlineData("ar", "ولد علي ميشو في تمبكتو عام 1980. ودرس في مدرسة قرآنية هناك. وفي ربيع 2016 التحق بجماعة أنصار الإسلام.")]
    public void Extract_OneJoiningOfAPerson_IsMembership(string lang, string text)
    {
        Assert.Contains(("Ali Maychou", RelationPredicates.MemberOf, "Ansaroul Islam"), Relations(lang, text));
    }
}
