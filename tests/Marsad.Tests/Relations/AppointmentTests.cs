using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>A group appointing a person to a title: the person belongs to the group that appoints, on sentences written for these tests.</summary>
public sealed class AppointmentTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Aqim = "AQIM: Al Qaeda in the Islamic Maghreb";

    private List<(string Subject, string Predicate, string Object)> Relations(string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "a", Lang = "ar", Published = new DateOnly(2024, 3, 5), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Fact]
    public void Extract_PersonAppointedToLeadAUnit_LeadsTheUnitAndBelongsToTheGroupThatAppointed()
    {
        var relations = Relations("وقد اختار تنظيم القاعدة في بلاد المغرب الإسلامي القيادي أبو يحيى الكانمي قائدا لكتيبة الملثمين بعد مقتل سلفه.");

        Assert.Contains(relations, r => r.Predicate == RelationPredicates.LeaderOf && r.Object == "Al-Mulathamun Battalion");
        Assert.Contains(relations, r => r.Predicate == RelationPredicates.MemberOf && r.Object == Aqim);
    }

    [Fact]
    public void Extract_PersonAppointedEmirOverARegion_IsAMemberOfTheGroupThatAppointed()
    {
        var relations = Relations("وأعلن تنظيم القاعدة في بلاد المغرب الإسلامي تعيين القيادي أبو يحيى الكانمي أميرا على منطقة تمبكتو.");

        Assert.Contains(relations, r => r.Predicate == RelationPredicates.MemberOf && r.Object == Aqim);
        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.LeaderOf && r.Object == Aqim);
    }

    [Fact]
    public void Extract_PersonAppointedWithATitleOverNothing_LeadsTheGroupThatAppointed()
    {
        Assert.Contains(Relations("واختار تنظيم القاعدة في بلاد المغرب الإسلامي القيادي أبو يحيى الكانمي زعيما جديدا بعد مقتل سلفه."),
            r => r.Predicate == RelationPredicates.LeaderOf && r.Object == Aqim);
    }

    [Fact]
    public void Extract_AppointmentWithoutATitle_IsNoRelation()
    {
        Assert.DoesNotContain(Relations("وعين تنظيم القاعدة في بلاد المغرب الإسلامي القيادي أبو يحيى الكانمي في الشمال منذ أشهر."),
            r => r.Object == Aqim && r.Predicate == RelationPredicates.LeaderOf);
    }

    [Fact]
    public void Extract_LeaderOfASoCalledGroup_LeadsIt()
    {
        Assert.Contains(Relations("وصار أبو يحيى الكانمي زعيما لما يسمى إمارة الصحراء منذ عامين."),
            r => r.Predicate == RelationPredicates.LeaderOf && r.Object == "AQIM: Al Qaeda in the Islamic Maghreb - Sahara Emirate");
    }
}
