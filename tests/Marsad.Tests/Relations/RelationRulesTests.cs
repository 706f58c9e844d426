using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Relation rules, each on a short article written for it.</summary>
public sealed class RelationRulesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "rule", Text = text, Published = new DateOnly(2024, 3, 5) }).Relations
            .Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("اختير إياد أغ غالي أميرا لجماعة نصرة الإسلام والمسلمين في اجتماع بمنطقة كيدال.", "Iyad Ag Ghaly", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("وعين التنظيم أمادو كوفا قائدا لكتيبة ماسينا في منطقة موبتي.", "Amadou Koufa", "Katiba Macina")]
    public void Extract_PersonAppointedWithATitleInTheAccusative_LeadsTheGroupAfterIt(string text, string person, string group)
    {
        Assert.Contains((person, RelationPredicates.LeaderOf, group), Relations(text));
    }

    [Fact]
    public void Extract_LeaderAfterRelativeLedBy_LeadsTheGroupBefore()
    {
        var relations = Relations("اختطف مسلحون من جماعة «بوكو حرام»، الفصيل الذي كان يقوده أبو بكر شيكاو، خمسة صيادين أمس.");

        Assert.Contains(("Abubakar Shekau", RelationPredicates.LeaderOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"), relations);
    }

    [Fact]
    public void Extract_LeaderOfDefectors_DefectedToTheGroupTheyJoined()
    {
        var relations = Relations("انشق الشهر الماضي عشرات المقاتلين في منطقة موبتي بقيادة حمدون سيسي، والتحقوا بتنظيم الدولة الإسلامية في الساحل.");

        Assert.Contains(("Hamadoun Cissé", RelationPredicates.DefectedTo, "Islamic State (Sahel)"), relations);
    }

    [Fact]
    public void Extract_NameAfterATuaregParticle_KeepsEveryPartEvenOneSpelledLikeAVillage()
    {
        var relations = Relations("أفادت مصادر بأن قائدا ميدانيا في جبهة تحرير أزواد، يدعى حمادة أغ بيلا، سلّم نفسه أمس إلى الجيش المالي في غاو.");

        Assert.Contains(relations, r => r.Subject == "Hamada Ag Bila" && r.Predicate == RelationPredicates.DefectedTo);
    }

    [Fact]
    public void Extract_CommanderKilledInAnArmyAirStrike_IsKilledByTheArmy()
    {
        var relations = Relations("قُتل القيادي في تنظيم الدولة الإسلامية أبو حذيفة الغاوي أمس في غارة جوية للجيش المالي قرب ميناكا.");

        Assert.Contains(relations, r => r.Subject == "Abou Houzeifa al-Ghaoui" && r.Predicate == RelationPredicates.KilledBy && r.Object == "Military Forces of Mali (2021-)");
    }

    /// <summary>An unvocalised kill with its agent phrase after it is a passive: the person just before it was killed by that agent.</summary>
    [Fact]
    public void Extract_PersonBeforeAKillWithItsAgentPhrase_IsKilledByTheAgent()
    {
        var relations = Relations("حمدون سيسي، قتل فجر السبت الماضي من قبل القوات الفرنسية في ضواحي ميناكا، بحسب مصادر محلية.");

        Assert.Contains(relations, r => r.Subject == "Hamadoun Cissé" && r.Predicate == RelationPredicates.KilledBy && r.Object.StartsWith("Military Forces of France", StringComparison.Ordinal));
    }

    /// <summary>A group official's title (المسؤول الإعلامي، الرجل الثاني) before the name says the person is of the group after it.</summary>
    [Theory]
    [InlineData("أكد المسؤول الإعلامي في جماعة نصرة الإسلام والمسلمين حمدون سيسي أن الهدنة انتهت.")]
    [InlineData("قال الرجل الثاني في جماعة نصرة الإسلام والمسلمين حمدون سيسي إن الهدنة انتهت.")]
    public void Extract_OfficialsTitleBeforeTheName_IsMembership(string text)
    {
        var relations = Relations(text);

        Assert.Contains(relations, r => r.Subject == "Hamadoun Cissé" && r.Predicate == RelationPredicates.MemberOf && r.Object.StartsWith("JNIM", StringComparison.Ordinal));
    }

    /// <summary>A founding verb whose subject was told before it (or is the person the text is about) makes that person lead the group after it.</summary>
    [Fact]
    public void Extract_FoundingVerbAfterItsSubject_LeadsTheGroupFounded()
    {
        var relations = Relations("نشأ حمدون سيسي في قرية قرب دوينتزا، وفي عام 2014 أسس في غابة قرب الحدود جماعة أنصار الإسلام.");

        Assert.Contains(("Hamadoun Cissé", RelationPredicates.LeaderOf, "Ansaroul Islam"), relations);
    }

    /// <summary>A person removed from a unit's head led it; his leaving, naming no group, leaves the organisation told before; he leads what he founds next.</summary>
    [Fact]
    public void Extract_LeaderWhoLeavesWithoutNamingTheGroupAndFoundsAnother_CareerOfThreeRelations()
    {
        var relations = Relations("أبعدت قيادة القاعدة حمدون سيسي عام 2011 من رئاسة الملثمون. وفي الشتاء التالي انشق الرجل مع أتباعه، ثم قرر تأسيس تنظيم أطلق عليه «الموقعون بالدماء».");

        Assert.Contains(("Hamadoun Cissé", RelationPredicates.LeaderOf, "Al-Mulathamun Battalion"), relations);
        Assert.Contains(("Hamadoun Cissé", RelationPredicates.FormerlyMemberOf, "Al Qaeda"), relations);
        Assert.Contains(("Hamadoun Cissé", RelationPredicates.LeaderOf, "Signed-in-Blood Battalion"), relations);
    }

    /// <summary>"ينشق عنه" names the group left by a pronoun: the group founded next is led, not left nor defected to.</summary>
    [Fact]
    public void Extract_LeavingFromItThenFounding_FormerOfTheFirstLeaderOfTheSecond()
    {
        var relations = Relations("ظل حمدون سيسي قياديا بارزا في تنظيم القاعدة ببلاد المغرب الإسلامي حتى اختار عام 2013 أن ينشق عنه ويؤسس جماعة المرابطون.");

        Assert.Contains(("Hamadoun Cissé", RelationPredicates.FormerlyMemberOf, "AQIM: Al Qaeda in the Islamic Maghreb"), relations);
        Assert.Contains(("Hamadoun Cissé", RelationPredicates.LeaderOf, "Al Mourabitoun"), relations);
        Assert.DoesNotContain(relations, r => r.Object == "Al Mourabitoun" && r.Predicate is RelationPredicates.FormerlyMemberOf or RelationPredicates.DefectedTo);
    }

    /// <summary>An emir over a region, his group after في or عن, is a member of the group (a short name such as «النصرة» included).</summary>
    [Theory]
    [InlineData("سقط حمدون سيسي، وهو أمير قطاع دوينتزا عن «النصرة»، قتيلا في كمين قرب بوني.", "JNIM")]
    [InlineData("ويصنف حمدون سيسي، قائد سرية محلية و«أمير الصحراء» في «داعش»، بين أخطر المطلوبين.", "Islamic State")]
    public void Extract_EmirOverARegionOfAGroup_IsAMember(string text, string group)
    {
        var relations = Relations(text);

        Assert.Contains(relations, r => r.Subject == "Hamadoun Cissé" && r.Predicate == RelationPredicates.MemberOf && r.Object.StartsWith(group, StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Subject == "Hamadoun Cissé" && r.Predicate == RelationPredicates.LeaderOf);
    }

    /// <summary>In a list of titled names, a name after a comma and "and" starts the next item: the title before the comma is the previous name's.</summary>
    [Fact]
    public void Extract_ListOfTitledNames_EachTitleStaysWithItsName()
    {
        var relations = Relations("جلس على المنصة حمدون سيسي زعيم كتيبة ماسينا، والحسن الأنصاري أحد قادة المرابطون.");

        Assert.Contains(("Hamadoun Cissé", RelationPredicates.LeaderOf, "Katiba Macina"), relations);
        Assert.Contains(("Hassan al-Ansari", RelationPredicates.MemberOf, "Al Mourabitoun"), relations);
        Assert.DoesNotContain(relations, r => r.Subject == "Hassan al-Ansari" && r.Object == "Katiba Macina");
    }

    /// <summary>A career title told with a past copula and no subject of its own is about the person named in the sentences before.</summary>
    [Fact]
    public void Extract_CareerWithACopulaAndNoSubject_IsThePersonToldBefore()
    {
        var relations = Relations("حمدون سيسي من أبرز وجوه التمرد في الوسط. وتشير تقارير محلية إلى أنه كان عضوا في جبهة تحرير ماسينا منذ سنوات.");

        Assert.Contains(("Hamadoun Cissé", RelationPredicates.FormerlyMemberOf, "Katiba Macina"), relations);
    }

    /// <summary>A title whose group is referred to ("the group"), right before a name, is that person's title in the group told before.</summary>
    [Fact]
    public void Extract_TitleOverTheGroupReferredToBeforeAName_IsThatPersonsTitle()
    {
        var relations = Relations("نشرت جماعة أنصار الإسلام بيانا يحمل توقيع زعيم الجماعة «حمدون سيسي».");

        Assert.Contains(("Hamadoun Cissé", RelationPredicates.LeaderOf, "Ansaroul Islam"), relations);
    }
}
