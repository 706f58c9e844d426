using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>
/// A coalition's members listed after a count and a colon, after a verb whose subject refers back to the group a merger formed,
/// one a line, or after a pronoun that resumes the coalition; on sentences written for these tests.
/// </summary>
public sealed class CoalitionListTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Jnim = "JNIM: Group for Support of Islam and Muslims";

    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "c", Lang = lang, Published = new DateOnly(2024, 3, 5), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    private static void AssertThreeMembers(List<(string Subject, string Predicate, string Object)> relations)
    {
        Assert.Contains(("Ansar Dine", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Al Mourabitoun", RelationPredicates.MemberOf, Jnim), relations);
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), relations);
    }

    [Theory]
    [InlineData("ar", "تكونت جماعة نصرة الإسلام والمسلمين قبل سنوات باندماج ثلاث جماعات من الشمال والوسط هي: أنصار الدين، والمرابطون، وكتيبة ماسينا.")]
    [InlineData("fr", "Le JNIM regroupe trois mouvements venus du Nord et du Centre : Ansar Dine, Al Mourabitoune et la katiba Macina.")]
    [InlineData("en", "JNIM is a merger of three factions from the north and the centre: Ansar Dine, Al Mourabitoun and Katiba Macina.")]
    public void Extract_MembersListedAfterACountAndAColon_EachIsAMember(string lang, string text)
    {
        AssertThreeMembers(Relations(lang, text));
    }

    [Theory]
    [InlineData("ar", "أعلنت ثلاث جماعات الاندماج في تنظيم واحد تحت اسم جماعة نصرة الإسلام والمسلمين. ويضم التنظيم الجديد كلا من أنصار الدين والمرابطون وكتيبة ماسينا.")]
    [InlineData("ar", "أعلنت ثلاث جماعات الاندماج في تنظيم واحد تحت اسم جماعة نصرة الإسلام والمسلمين. ويضم التنظيم الجديد جماعات: أنصار الدين، والمرابطون، وكتيبة ماسينا.")]
    public void Extract_VerbBeforeTheNewGroupAndItsList_EachIsAMemberOfTheGroupTheMergerFormed(string lang, string text)
    {
        AssertThreeMembers(Relations(lang, text));
    }

    [Theory]
    [InlineData("ar", "أعلنت ثلاث جماعات الاندماج في تنظيم واحد تحت اسم جماعة نصرة الإسلام والمسلمين.\nويضم التنظيم الجديد كلا من :\nأنصار الدين\nالمرابطون\nكتيبة ماسينا\nوأثار الإعلان قلق دول المنطقة.")]
    [InlineData("fr", "Le JNIM est composé des groupes suivants, qui sont :\n• Ansar Dine\n• Al Mourabitoune\n• la katiba Macina\nLes observateurs restent prudents.")]
    public void Extract_MembersListedOneALine_EachIsAMember(string lang, string text)
    {
        var relations = Relations(lang, text);

        AssertThreeMembers(relations);
        Assert.Equal(3, relations.Count(r => r.Object == Jnim && r.Predicate == RelationPredicates.MemberOf));
    }

    [Fact]
    public void Extract_PronounOpeningTheSentenceBeforeACoalitionVerb_IsTheCoalitionTheSentenceBeforeOpenedWith()
    {
        var relations = Relations("fr", "Le Cadre stratégique permanent est une coalition de mouvements armés du Nord. Elle réunit initialement la Coordination des mouvements de l'Azawad et la Plateforme des mouvements du 14 juin 2014 d'Alger.");

        Assert.Contains(relations, r => r.Subject == "CMA: Coordination of Azawad Movements" && r.Predicate == RelationPredicates.MemberOf && r.Object.StartsWith("CSP-PSD", StringComparison.Ordinal));
        Assert.Contains(relations, r => r.Subject == "Platform" && r.Predicate == RelationPredicates.MemberOf && r.Object.StartsWith("CSP-PSD", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PronounWithNoGroupInTheSentenceBefore_IsNoCoalition()
    {
        Assert.DoesNotContain(Relations("fr", "La réunion a duré deux jours. Elle réunit la Coordination des mouvements de l'Azawad et la Plateforme des mouvements du 14 juin 2014 d'Alger."),
            r => r.Predicate == RelationPredicates.MemberOf);
    }

    [Fact]
    public void Extract_ListItemWithItsAcronymInBrackets_TheListGoesOn()
    {
        AssertThreeMembers(Relations("en", "JNIM is a merger of Ansar Dine (AD), Al Mourabitoun (AM) and Katiba Macina, officials said."));
    }

    [Fact]
    public void Extract_GroupBeforeItsAcronymAndAnAffiliationCue_IsAMember()
    {
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, Jnim), Relations("en", "The Macina Liberation Front (MLF), an affiliate of JNIM, attacked the post on Sunday."));
    }

    [Fact]
    public void Extract_SplitFromAPronounAfterAGroupAndItsAcronym_UsedToBelongToTheGroupBefore()
    {
        var relations = Relations("ar", "وتنشط في حوض البحيرة جماعة بوكو حرام وتنظيم ولاية غرب أفريقيا (ISWAP) الذي انشق عنها قبل سنوات.");

        Assert.Contains(("Islamic State (West Africa)", RelationPredicates.FormerlyMemberOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"), relations);
    }

    [Fact]
    public void Extract_GroupsThatFoundAGroupTogether_EachIsAMemberOfIt()
    {
        var relations = Relations("ar", "وأعلنت الحركة الوطنية لتحرير أزواد، والمجلس الأعلى لوحدة أزواد، عن حل نفسيهما وإنشاء جبهة واحدة، تحت مسمى \"جبهة تحرير أزواد\"، بعد مؤتمر طويل.");

        // The front's name in March 2024, the tests' publication date, was the framework's.
        const string Front = "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development";
        Assert.Contains(("MNLA: National Movement for the Liberation of Azawad", RelationPredicates.MemberOf, Front), relations);
        Assert.Contains(("HCUA: High Council for the Unity of Azawad", RelationPredicates.MemberOf, Front), relations);
    }

    [Fact]
    public void Extract_OneGroupFoundingAnother_IsNoCoalition()
    {
        Assert.DoesNotContain(Relations("ar", "وأعلنت الحركة الوطنية لتحرير أزواد إنشاء جبهة جديدة تحت مسمى \"جبهة تحرير أزواد\" في الشمال."),
            r => r.Predicate == RelationPredicates.MemberOf && r.Subject.StartsWith("MNLA", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PersonChargedWithSettingUpABase_FoundsNoGroup()
    {
        Assert.DoesNotContain(Relations("ar", "وكلفه القائد بإنشاء قاعدة خلفية لتنظيم القاعدة في الصحراء."), r => r.Predicate == RelationPredicates.LeaderOf);
    }
}
