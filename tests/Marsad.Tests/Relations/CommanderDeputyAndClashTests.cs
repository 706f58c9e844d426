using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>
/// A commander's noun before its group, a declined kunya, a deputy told with a superlative, and a killing told by a subject
/// before its verb or as a death in clashes with a force, on sentences written for these tests.
/// </summary>
public sealed class CommanderDeputyAndClashTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Ansaroul = "Ansaroul Islam";

    private List<(string Subject, string Predicate, string Object)> Relations(string text, string language = "ar") =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "c", Lang = language, Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    private static bool KilledBy(List<(string Subject, string Predicate, string Object)> relations, string victim, string killer) =>
        relations.Any(r => r.Subject == victim && r.Predicate == RelationPredicates.KilledBy && r.Object.StartsWith(killer, StringComparison.Ordinal));

    [Theory]
    [InlineData("وقال مصدر محلي إن قائد جماعة أنصار الإسلام جعفر ديكو غادر المنطقة قبل أيام.")]
    [InlineData("وظهر جعفر ديكو، قائد جماعة أنصار الإسلام، في تسجيل مصور جديد.")]
    [InlineData("وقال مصدر محلي إن قائد جماعة «أنصار الإسلام» جعفر ديكو غادر المنطقة قبل أيام.")]
    public void Extract_CommanderNounRightBeforeItsGroup_LeadsTheGroup(string text)
    {
        Assert.Contains(("Jafar Dicko", RelationPredicates.LeaderOf, Ansaroul), Relations(text));
    }

    [Theory]
    [InlineData("وظهر جعفر ديكو، قائد في جماعة أنصار الإسلام، في تسجيل مصور جديد.")]
    [InlineData("وظهر جعفر ديكو، قائد عسكري لجماعة أنصار الإسلام، في تسجيل مصور جديد.")]
    [InlineData("وظهر جعفر ديكو، قائد الجماعة في مالي، بعد أن ذكر البيان جماعة أنصار الإسلام.")]
    public void Extract_CommanderNounWithALinkWordOrOverAPlace_DoesNotLeadTheGroup(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Subject == "Jafar Dicko" && r.Predicate == RelationPredicates.LeaderOf);
    }

    [Theory]
    [InlineData("ذكرت المصادر أن أبا مصعب البرناوي، زعيم تنظيم الدولة في غرب أفريقيا، غاب عن التسجيل الأخير.", "Abu Musab al-Barnawi", "Islamic State (West Africa)")]
    [InlineData("تحدث البيان عن أبي بكر شيكاو، زعيم جماعة بوكو حرام، دون أن يذكر مكانه.", "Abubakar Shekau", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")]
    public void Extract_KunyaInAnotherCase_IsTheCataloguedPerson(string text, string person, string group)
    {
        Assert.Contains((person, RelationPredicates.LeaderOf, group), Relations(text));
    }

    [Theory]
    [InlineData("ويعد أمادو كوفا أحد أهم نواب إياد أغ غالي في وسط البلاد.")]
    [InlineData("ويوصف أمادو كوفا بأنه الساعد الأيمن لإياد أغ غالي منذ سنوات.")]
    public void Extract_DeputyToldWithASuperlative_ServedUnderTheChief(string text)
    {
        Assert.Contains(("Amadou Koufa", RelationPredicates.ServedUnder, "Iyad Ag Ghaly"), Relations(text));
    }

    [Theory]
    [InlineData("ar", "وأعلن الوزير أن قوات فرنسية قتلت أبا الوليد الصحراوي قرب الحدود.", "Adnan Abu Walid al-Sahrawi")]
    [InlineData("en", "The minister said French troops killed Adnan Abu Walid al-Sahrawi near the border.", "Adnan Abu Walid al-Sahrawi")]
    public void Extract_ForceRightBeforeAnActiveKill_KilledTheNamedVictim(string language, string text, string victim)
    {
        Assert.True(KilledBy(Relations(text, language), victim, "Military Forces of France"));
    }

    [Theory]
    [InlineData("ar", "وقتل عبد الحميد أبو زيد في اشتباكات مع الجيش التشادي شمال البلاد.")]
    [InlineData("fr", "Abdelhamid Abou Zeid a été tué lors d'affrontements avec l'armée tchadienne dans le nord du pays.")]
    [InlineData("en", "Abdelhamid Abou Zeid was killed in clashes with the Chadian army in the north of the country.")]
    public void Extract_DeathInClashesWithAForce_IsKilledByThatForce(string language, string text)
    {
        Assert.True(KilledBy(Relations(text, language), "Abdelhamid Abou Zeid", "Military Forces of Chad"));
    }

    [Theory]
    [InlineData("وكان قائد جماعة بوكو حرام حينذاك محمد يوسف يخطب في المسجد.")]
    [InlineData("وتعرف الشاب إلى مؤسس جماعة بوكو حرام الداعية محمد يوسف في المدينة.")]
    [InlineData("وتعرف الشاب إلى المؤسس الحقيقي لجماعة بوكو حرام محمد يوسف في المدينة.")]
    public void Extract_TimeWordOrEpithetBetweenTitleAndName_NameHoldsTheTitle(string text)
    {
        Assert.Contains(("Mohammed Yusuf", RelationPredicates.LeaderOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"), Relations(text));
    }

    [Fact]
    public void Extract_MovementsLeaderNamedByTheLocalBranchesName_LeadsTheMovement()
    {
        var relations = Relations("وفي مالي أعلن القيادي ولاءه لزعيم داعش وقتها أبي بكر البغدادي قبل سنوات من هجمات غاو.");

        Assert.Contains(("Abu Bakr al-Baghdadi", RelationPredicates.LeaderOf, "Islamic State"), relations);
        Assert.DoesNotContain(("Abu Bakr al-Baghdadi", RelationPredicates.LeaderOf, "Islamic State (Sahel)"), relations);
    }

    [Theory]
    [InlineData("وقال زعيم تنظيم القاعدة في بلاد المغرب الإسلامي عبد الملك درودكال في تسجيل إن التنظيم باق.", "Abdelmalek Droukdel", "AQIM: Al Qaeda in the Islamic Maghreb")]
    [InlineData("ورد زعيم جماعة بوكو حرام أبو بكر الشكوي على البيان بتسجيل صوتي.", "Abubakar Shekau", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")]
    [InlineData("وكان حسان حطاب، مؤسس الجماعة السلفية للدعوة والقتال، قد سلم نفسه للسلطات.", "Hassan Hattab", "GSPC: Salafist Group for Preaching and Combat")]
    public void Extract_SpellingNewsUsesForACataloguedLeader_IsThatLeader(string text, string person, string group)
    {
        Assert.Contains((person, RelationPredicates.LeaderOf, group), Relations(text));
    }

    [Fact]
    public void Extract_TitleOverTheGroupReferredBack_YieldsToTheCataloguedPersonsGroup()
    {
        var relations = Relations("هاجم تنظيم الدولة في غرب أفريقيا مواقع في الغابة. وقال الزعيم الجديد للجماعة باكورا دورو إن مقاتليه صمدوا.");

        Assert.Contains(("Bakura Doro", RelationPredicates.LeaderOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"), relations);
        Assert.DoesNotContain(("Bakura Doro", RelationPredicates.LeaderOf, "Islamic State (West Africa)"), relations);
    }

    [Fact]
    public void Extract_LeavingThenFormingAGroup_LeadsTheGroupFormed()
    {
        var relations = Relations("وفي كيدال، أعلن الغباس أغ انتالا خروجه من أنصار الدين وتشكيل حركة أزواد الإسلامية.");

        Assert.Contains(("Alghabass Ag Intalla", RelationPredicates.LeaderOf, "MIA: Islamic Movement of Azawad"), relations);
        Assert.Contains(("Alghabass Ag Intalla", RelationPredicates.FormerlyMemberOf, "Ansar Dine"), relations);
    }

    [Theory]
    [InlineData("ويعد جعفر ديكو أحد أخطر عناصر جماعة أنصار الإسلام في الشمال.")]
    [InlineData("ويعد جعفر ديكو أحد أهم أفراد جماعة أنصار الإسلام في الشمال.")]
    public void Extract_MemberToldWithASuperlative_BelongsToTheGroup(string text)
    {
        Assert.Contains(("Jafar Dicko", RelationPredicates.MemberOf, Ansaroul), Relations(text));
    }

    [Fact]
    public void Extract_GroupEngagedInAnother_IsPartOfIt()
    {
        Assert.Contains(("Katiba Macina", RelationPredicates.MemberOf, "JNIM: Group for Support of Islam and Muslims"),
            Relations("وتنشط في المنطقة كتيبة ماسينا، المنخرطة في جماعة نصرة الإسلام والمسلمين، منذ سنوات."));
    }
}
