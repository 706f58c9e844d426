using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Who killed a named person when the text names the operation's author or the victim by a title, on sentences written for these tests.</summary>
public sealed class KillingAuthorTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private const string France = "Military Forces of France";

    private List<(string Subject, string Predicate, string Object)> Relations(string text, string language = "ar") =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "k", Lang = language, Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    private static bool KilledBy(List<(string Subject, string Predicate, string Object)> relations, string victim, string killer) =>
        relations.Any(r => r.Subject == victim && r.Predicate == RelationPredicates.KilledBy && r.Object.StartsWith(killer, StringComparison.Ordinal));

    [Theory]
    [InlineData("ar", "أفادت مصادر أمنية بأن القيادي في تنظيم داعش سلطان ولد بادي قتل في عملية نفذتها القوات الفرنسية شمال مدينة غاو ليلة الخميس.")]
    [InlineData("en", "Sultan Ould Badi, a senior commander of the Islamic State in the Greater Sahara, was killed in a raid carried out by French forces north of Gao on Thursday night.")]
    [InlineData("fr", "Sultan Ould Badi, un cadre de l'État islamique au Grand Sahara, a été tué lors d'une opération de la force Barkhane au nord de Gao jeudi soir.")]
    public void Extract_KillInAnOperationOfAForce_IsKilledByThatForce(string language, string text)
    {
        Assert.True(KilledBy(Relations(text, language), "Sultan Ould Badi", France));
    }

    [Fact]
    public void Extract_KillDuringAnAttackAGroupLaunched_IsKilledByThatGroup()
    {
        var relations = Relations("وخلال هجوم شنه تنظيم داعش على موقع لجماعة نصرة الإسلام والمسلمين قرب أنسونغو مساء الاثنين، قتل سلطان ولد بادي، أمير القطاع عن الجماعة، وعشرة من مرافقيه.");

        Assert.True(KilledBy(relations, "Sultan Ould Badi", "Islamic State (Sahel)"));
    }

    [Theory]
    [InlineData("ar", "تولى عدنان أبو وليد الصحراوي قيادة تنظيم داعش في الصحراء الكبرى سنوات طويلة. وقتلت القوات الفرنسية زعيم التنظيم في غارة بطائرة مسيرة جنوب ميناكا.")]
    [InlineData("en", "Adnan Abu Walid al-Sahrawi was the leader of the Islamic State in the Greater Sahara for years. French forces killed the group's leader with a drone south of Menaka.")]
    [InlineData("fr", "Adnan Abu Walid al-Sahraoui est le chef de l'État islamique au Grand Sahara depuis longtemps. Les forces françaises ont tué le chef du groupe au sud de Ménaka.")]
    public void Extract_KillOfTheGroupsLeaderByTitle_IsTheLeaderNamedBefore(string language, string text)
    {
        Assert.True(KilledBy(Relations(text, language), "Adnan Abu Walid al-Sahrawi", France));
    }

    [Fact]
    public void Extract_NameBetweenCommasWithoutATitle_IsNotTheVictim()
    {
        var relations = Relations("Ahmed, a resident of the village, said two herders were killed in a raid carried out by French forces near Gao.", "en");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.KilledBy);
    }

    [Fact]
    public void Extract_DeniedKillInAnOperation_GivesNoKiller()
    {
        var relations = Relations("نفت جماعة نصرة الإسلام والمسلمين أن يكون سلطان ولد بادي قتل في عملية نفذتها القوات الفرنسية قرب غاو.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.KilledBy);
    }

    [Fact]
    public void Extract_NameOnlyPossiblyAmongTheDead_GivesNoKiller()
    {
        var relations = Relations("وأسفرت غارة للجيش المالي قرب دوينتزا عن مقتل سبعة مسلحين قد يكون من بينهم سلطان ولد بادي.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.KilledBy);
    }
}
