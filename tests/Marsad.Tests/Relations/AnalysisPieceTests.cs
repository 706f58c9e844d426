using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>
/// The constructions of analysis and profile pieces: lists of titled leaders, careers told with former titles and expulsions,
/// deputies, and groups named in a person's title, on sentences written for these tests.
/// </summary>
public sealed class AnalysisPieceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Aqim = "AQIM: Al Qaeda in the Islamic Maghreb";

    private List<(string Subject, string Predicate, string Object)> Relations(string text, DateOnly? published = null, string lang = "ar") =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "p", Lang = lang, Published = published ?? new DateOnly(2024, 3, 5), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Fact]
    public void Extract_TitleJoinedByAndAfterATitledName_IsNotThatNamesApposition()
    {
        var relations = Relations("ظهر في الشريط أمير كتيبة ماسينا أمادو كوفا، وأمير جماعة أنصار الإسلام الذي لم يكشف اسمه.");

        Assert.DoesNotContain(("Amadou Koufa", RelationPredicates.LeaderOf, "Ansaroul Islam"), relations);
    }

    [Fact]
    public void Extract_TitleOfTheNextItemOfAList_IsNotTheFirstPersons()
    {
        var relations = Relations("جلس إلى المنصة أمادو كوفا قائد كتيبة ماسينا، والشيخ هارون الفلاني نائب أمير جماعة أنصار الإسلام.");

        Assert.DoesNotContain(("Amadou Koufa", RelationPredicates.MemberOf, "Ansaroul Islam"), relations);
    }

    [Fact]
    public void Extract_TitleAfterAPronounResumingThePerson_IsThePersons()
    {
        var relations = Relations("تحدث إياد أغ غالي، وهو أحد أبرز قادة تنظيم القاعدة بمنطقة الساحل، عن شروط التفاوض.");

        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.MemberOf, "Al Qaeda"), relations);
    }

    [Theory]
    [InlineData("تبنت جماعة المرابطون التي يقودها مختار بلمختار الهجوم على المنجم.", "Mokhtar Belmokhtar", "Al Mourabitoun")]
    [InlineData("أعلنت كتيبة الموقعون بالدماء التي يتزعمها مختار بلمختار مسؤوليتها عن الهجوم.", "Mokhtar Belmokhtar", "Signed-in-Blood Battalion")]
    public void Extract_GroupLedByWithAPronounOfTheGroup_PersonLeadsIt(string text, string person, string group)
    {
        Assert.Contains((person, RelationPredicates.LeaderOf, group), Relations(text));
    }

    [Theory]
    [InlineData("عاش إياد أغ غالي سنوات في تينزاواتن، وكان عضوا في حركة تحرير أزواد بضعة أشهر قبل أن يتركها.", "Iyad Ag Ghaly", "MNLA: National Movement for the Liberation of Azawad")]
    [InlineData("ظهر أبو الوليد الصحراوي، المطرود من القاعدة في بلاد المغرب الإسلامي، في تسجيل جديد.", "Adnan Abu Walid al-Sahrawi", Aqim)]
    [InlineData("يقول باحثون إن أبو الوليد الصحراوي كان قائدا سابقا في القاعدة في بلاد المغرب الإسلامي.", "Adnan Abu Walid al-Sahrawi", Aqim)]
    public void Extract_FormerTitleOrExpulsion_IsAFormerMembership(string text, string person, string group)
    {
        Assert.Contains((person, RelationPredicates.FormerlyMemberOf, group), Relations(text));
    }

    [Fact]
    public void Extract_GroupNamedInAPersonsTitleBeforeAnExpulsion_DidNotLeaveTheOtherGroup()
    {
        var relations = Relations("تحدث أبو الوليد الصحراوي، زعيم ما يسمى بكتيبة المرابطون، المطرود سابقا من القاعدة في بلاد المغرب الإسلامي.");

        Assert.DoesNotContain(("Al Mourabitoun", RelationPredicates.FormerlyMemberOf, Aqim), relations);
    }

    [Fact]
    public void Extract_OneOfTheAidesOfAPerson_ServedUnderHim()
    {
        var relations = Relations("وقبل سنوات من اندماج الجماعات، ظل أمادو كوفا طوال تلك الفترة أحد كبار مساعدي إياد أغ غالي في وسط مالي.");

        Assert.Contains(("Amadou Koufa", RelationPredicates.ServedUnder, "Iyad Ag Ghaly"), relations);
    }

    [Fact]
    public void Extract_OneOfTheGroupsLinkedTo_IsAMember()
    {
        var relations = Relations("تنشط جماعة أنصار الإسلام، إحدى الجماعات المرتبطة بالقاعدة، في شمال بوركينا فاسو.");

        Assert.Contains(("Ansaroul Islam", RelationPredicates.MemberOf, "Al Qaeda"), relations);
    }

    [Fact]
    public void Extract_GroupInAPeriodOfAnotherEventName_IsNamedByItsCurrentName()
    {
        var relations = Relations("تبنى الكمين تنظيم الدولة في الصحراء الكبرى الذي يعمل بقيادة عدنان أبو الوليد الصحراوي.", new DateOnly(2020, 6, 1));

        Assert.Contains(("Adnan Abu Walid al-Sahrawi", RelationPredicates.LeaderOf, "Islamic State (Sahel)"), relations);
    }

    [Fact]
    public void Extract_GroupAndItsEmirNamedAfter_TheNameLeadsTheGroup()
    {
        var relations = Relations("وأكد أمادو كوفا أن رجاله ينسقون في كل عملياتهم مع تنظيم نصرة الإسلام والمسلمين وأميرها إياد أغ غالي.");

        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "JNIM: Group for Support of Islam and Muslims"), relations);
        Assert.DoesNotContain(("Amadou Koufa", RelationPredicates.LeaderOf, "JNIM: Group for Support of Islam and Muslims"), relations);
    }

    [Fact]
    public void Extract_LeaderOfASoCalledGroup_LeadsIt()
    {
        var relations = Relations("نشرت الصحيفة صورة إياد أغ غالي، زعيم ما يسمى بجماعة «نصرة الإسلام والمسلمين»، في صفحتها الأولى.");

        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "JNIM: Group for Support of Islam and Muslims"), relations);
    }

    [Fact]
    public void Extract_ShortNameAfterAnotherFullNameWithIt_IsTheFirstPersonToldWithIt()
    {
        var relations = Relations("نشأ أبو مصعب البرناوي في مايدوغوري. وكان والده محمد بن يوسف البرناوي داعية معروفا. وواصل البرناوي نشاطه تحت قيادة أبو بكر شيكاو.");

        Assert.Contains(("Abu Musab al-Barnawi", RelationPredicates.ServedUnder, "Abubakar Shekau"), relations);
    }

    [Theory]
    [InlineData("Officials said Ansaroul Islam's new leader Hamidou Sawadogo met the emissaries near Djibo.")]
    [InlineData("Residents fled after Ansaroul Islam’s military leader Hamidou Sawadogo threatened the village.")]
    public void Extract_TitleOwnedByAGroupBeforeTheName_PersonLeadsTheGroup(string text)
    {
        Assert.Contains(("Hamidou Sawadogo", RelationPredicates.LeaderOf, "Ansaroul Islam"), Relations(text, lang: "en"));
    }

    [Fact]
    public void Extract_RelativeNamedAfterAKinshipNoun_IsNotWhoServed()
    {
        var relations = Relations("انتقل أبو مصعب البرناوي إلى الجماعة التي أسسها والده محمد يوسف قبل سنوات، وبقي فيها تحت قيادة أبو بكر شيكاو.");

        Assert.Contains(("Abu Musab al-Barnawi", RelationPredicates.ServedUnder, "Abubakar Shekau"), relations);
        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.ServedUnder && r.Subject != "Abu Musab al-Barnawi");
    }
}
