using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>
/// Successions ("خلفا لـ"), a kill's author told by the demonym of a means of force ("غارة جوية فرنسية") or after "بيد", and catalogued
/// names with a particle written joined to the next word ("عبدالحميد"), on sentences written for these tests.
/// </summary>
public sealed class SuccessionAndNationalForceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string Aqim = "AQIM: Al Qaeda in the Islamic Maghreb";
    private const string AnsarDine = "Ansar Dine";
    private const string France = "Military Forces of France";

    private List<(string Subject, string Predicate, string Object)> Relations(string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "s", Lang = "ar", Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Fact]
    public void Extract_NewLeaderNamedInPlaceOfAnother_TheOtherLedTheSameGroup()
    {
        var relations = Relations("وأعلن تنظيم القاعدة في بلاد المغرب الإسلامي تعيين القيادي أبو يحيى الكانمي أميرا للتنظيم خلفا للقيادي أبو دجانة الفلاني.");

        Assert.Equal(2, relations.Count(r => r.Predicate == RelationPredicates.LeaderOf && r.Object == Aqim));
    }

    [Fact]
    public void Extract_SuccessorOfAPronoun_LeadsTheGroupTheLeaderNamedBeforeLed()
    {
        var relations = Relations("وكان أبو دجانة الفلاني زعيما لجماعة أنصار الدين حتى مقتله في الصيف. واختار مجلس الشورى القيادي أبو يحيى الكانمي خلفا له.");

        Assert.Equal(2, relations.Count(r => r.Predicate == RelationPredicates.LeaderOf && r.Object == AnsarDine));
    }

    [Fact]
    public void Extract_SuccessionWithNoLeadershipTold_IsNoLeadership()
    {
        Assert.DoesNotContain(Relations("وعاد القيادي أبو يحيى الكانمي إلى قريته خلفا للقيادي أبو دجانة الفلاني في رعاية الأسرة."),
            r => r.Predicate == RelationPredicates.LeaderOf);
    }

    [Theory]
    [InlineData("وقتل القيادي في جماعة أنصار الدين أبو يحيى الكانمي في غارة جوية فرنسية قرب كيدال مساء الأحد.")]
    [InlineData("وكان القيادي في جماعة أنصار الدين أبو يحيى الكانمي قد قُتل بيد القوات الفرنسية قرب كيدال مساء الأحد.")]
    public void Extract_KillByANationalMeansOrByTheHandOfAForce_IsKilledByThatForce(string text)
    {
        Assert.Contains(Relations(text), r => r.Predicate == RelationPredicates.KilledBy && r.Object.StartsWith(France, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MeansWithoutADemonym_NamesNoKiller()
    {
        Assert.DoesNotContain(Relations("وقتل القيادي في جماعة أنصار الدين أبو يحيى الكانمي في غارة جوية قرب كيدال مساء الأحد."),
            r => r.Predicate == RelationPredicates.KilledBy && r.Object.StartsWith(France, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وظهر عبدالحميد أبو زيد، القيادي في تنظيم القاعدة في بلاد المغرب الإسلامي، في شريط مصور جديد.", "Abdelhamid Abou Zeid")]
    [InlineData("وظهر أبوعبيدة يوسف العنابي، القيادي في تنظيم القاعدة في بلاد المغرب الإسلامي، في شريط مصور جديد.", "Abu Ubaydah Yusuf al-Annabi")]
    public void Extract_CataloguedNameWithAJoinedParticle_IsTheCataloguedPerson(string text, string person)
    {
        Assert.Contains(Relations(text), r => r.Subject == person && r.Object == Aqim);
    }

    [Fact]
    public void Extract_OneOfAGroupsLeaders_IsAMemberNotItsLeader()
    {
        var relations = Relations("وأصبح أبو يحيى الكانمي زعيما من زعماء تنظيم القاعدة في بلاد المغرب الإسلامي بعد سنوات في الصحراء.");

        Assert.Contains(relations, r => r.Predicate == RelationPredicates.MemberOf && r.Object == Aqim);
        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.LeaderOf && r.Object == Aqim);
    }

    [Fact]
    public void Extract_KunyaAloneAfterTheFullName_IsThatPerson()
    {
        var relations = Relations("وظهر أبو يحيى الكانمي الطارقي في تسجيل مصور. ويعد أبو يحيى من كبار قادة جماعة أنصار الدين.");

        Assert.DoesNotContain(relations, r => r.Subject != relations.FirstOrDefault(f => f.Object == AnsarDine).Subject && r.Object == AnsarDine);
        Assert.Contains(relations, r => r.Predicate == RelationPredicates.MemberOf && r.Object == AnsarDine && r.Subject.Split(' ').Length > 2);
    }
}
