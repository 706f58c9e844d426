using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Persons a title introduces, on sentences written for these tests (the unknown names are made up).</summary>
public sealed class TitledPersonTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Jnim = "JNIM: Group for Support of Islam and Muslims";

    private List<(string Subject, string Predicate, string Object)> Relations(string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "p", Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Fact]
    public void Extract_TitleWithItsGroupThenACataloguedName_LeadsThatGroup()
    {
        Assert.Contains(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "Ansar Dine"), Relations("ظهر زعيم «أنصار الدين»، إياد أغ غالي، في تسجيل مصور جديد."));
    }

    [Fact]
    public void Extract_TitleOfAGroupAfterLamThenAnUnknownName_IsAMember()
    {
        var relations = Relations("قتلت القوات الفرنسية القائد العسكري لـ«جماعة نصرة الإسلام والمسلمين»، حمادي أغ موسى، قرب كيدال.");

        Assert.Contains(relations, r => r.Subject == "Hamadi Ag Moussa" && r.Predicate == RelationPredicates.MemberOf && r.Object == Jnim);
    }

    [Fact]
    public void Extract_DeputyOfTheEmirAfterTheName_IsAMemberNotTheLeader()
    {
        var relations = Relations("وظهر في الشريط حمادي أغ موسى نائب أمير تنظيم الدولة الإسلامية في الساحل وهو يتحدث إلى المقاتلين.");

        Assert.Contains(("Hamadi Ag Moussa", RelationPredicates.MemberOf, "Islamic State (Sahel)"), relations);
        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.LeaderOf);
    }

    [Fact]
    public void Extract_TitleAndGroupThenTheNameOfTheirLeader_IsNotTheEarlierPersonsTitle()
    {
        var relations = Relations("وأكد إياد أغ غالي في التسجيل أن الجماعة متمسكة ببيعتها لزعيم تنظيم القاعدة أيمن الظواهري.");

        Assert.Contains(("Ayman al-Zawahiri", RelationPredicates.LeaderOf, "Al Qaeda"), relations);
        Assert.DoesNotContain(("Iyad Ag Ghaly", RelationPredicates.LeaderOf, "Al Qaeda"), relations);
    }

    [Fact]
    public void Extract_TitleOfAMovementOutsideTheSahelThenItsCataloguedLeader_LeadsIt()
    {
        Assert.Contains(("Hibatullah Akhundzada", RelationPredicates.LeaderOf, "Taliban"), Relations("وفي رسالته الأخيرة أشاد زعيم حركة طالبان هبة الله أخوندزاده بصمود المقاتلين في ولاية قندهار."));
    }

    [Theory]
    [InlineData("قال الزعيم تنظيم الجماعة إن المقاتلين انسحبوا.")]
    [InlineData("قال القيادي برتبة نقيب إن الهجوم فشل.")]
    [InlineData("وصل أمير أفريقيا في التنظيم إلى المنطقة.")]
    public void Extract_TitleBeforeWordsThatNameNobody_GivesNoRelation(string text)
    {
        Assert.Empty(Relations(text));
    }

    [Fact]
    public void Extract_GroupPledgingAllegianceToTheMovement_IsAMemberOfTheMovementNotOfItsBranch()
    {
        var relations = Relations("أعلنت جماعة بوكو حرام في نيجيريا ولاءها لتنظيم داعش عام 2015.");

        Assert.Contains(("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", RelationPredicates.MemberOf, "Islamic State"), relations);
    }

    [Fact]
    public void Extract_KillingOfATitleThatNamesAPerson_IsThatPersonKilledByTheAuthor()
    {
        var relations = Relations("قتلت القوات الفرنسية أمس القيادي البارز والقائد العسكري لـ«جماعة نصرة الإسلام والمسلمين»، حمادي أغ موسى، قرب كيدال.");

        Assert.Contains(relations, r => r.Subject == "Hamadi Ag Moussa" && r.Predicate == RelationPredicates.KilledBy && r.Object.StartsWith("Military Forces of France", StringComparison.Ordinal));
    }
}
