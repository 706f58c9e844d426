using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>Two nations' armies told as acting together; sentences written for these tests.</summary>
public sealed class JointForcesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string lang, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Text = text, Published = new DateOnly(2024, 3, 5) }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("ar", "ديفا (النيجر) - مشطت القوات النيجرية والتشادية الجزر القريبة من البحيرة يوم الأحد بحثا عن المسلحين.")]
    [InlineData("ar", "ديفا (النيجر) - قتل ثمانية مسلحين في غارة نيجرية - تشادية على جزيرة قرب البحيرة يوم الأحد.")]
    [InlineData("fr", "Diffa (Niger) - Les soldats nigériens et tchadiens ont ratissé dimanche les îles proches du lac, selon l'armée.")]
    public void Extract_DemonymsOfTwoNationsOnOneForceOrAct_AlliesTheirArmies(string lang, string text)
    {
        Assert.Contains(Relations(lang, text), r => r.Predicate == RelationPredicates.AlliedWith && r.Subject.StartsWith("Military Forces of Chad", StringComparison.Ordinal)
                                                    && r.Object.StartsWith("Military Forces of Niger", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ar", "ديفا (النيجر) - سير الجيش النيجري والجيش التشادي دوريات مشتركة على ضفاف البحيرة يوم الأحد.")]
    [InlineData("en", "Diffa (Niger) - The Nigerien army and the Chadian army launched a joint sweep of the lake islands on Sunday.")]
    public void Extract_TwoArmiesSideBySideInAJointAction_AreAllied(string lang, string text)
    {
        Assert.Contains(Relations(lang, text), r => r.Predicate == RelationPredicates.AlliedWith && r.Subject.StartsWith("Military Forces of Chad", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TwoArmiesNamedTogetherWithoutJointAction_AreNotAllied()
    {
        var relations = Relations("ar", "ديفا (النيجر) - قال مسؤول إن الجيش النيجري والجيش التشادي لم يتفقا على تقاسم المهام حول البحيرة.");

        Assert.DoesNotContain(relations, r => r.Predicate == RelationPredicates.AlliedWith);
    }
}
