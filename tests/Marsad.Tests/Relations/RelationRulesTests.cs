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
}
