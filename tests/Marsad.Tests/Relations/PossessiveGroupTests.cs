using Marsad.Relations;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Relations;

/// <summary>English "X's G" as leadership, and a group that only qualifies a noun ("al-Qaeda-linked"). Sentences written for these tests.</summary>
public sealed class PossessiveGroupTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<(string Subject, string Predicate, string Object)> Relations(string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = "en", Published = new DateOnly(2025, 4, 2), Text = text }).Relations.Select(r => (r.Subject, r.Predicate, r.Object))];

    [Theory]
    [InlineData("Fighters of Abubakar Shekau's Boko Haram raided a village near Gwoza on Monday.")]
    [InlineData("Fighters of Abubakar Shekau’s Boko Haram raided a village near Gwoza on Monday.")]
    public void Extract_PersonsPossessiveBeforeArmedGroup_IsLeadership(string text)
    {
        Assert.Contains(("Abubakar Shekau", RelationPredicates.LeaderOf, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"), Relations(text));
    }

    [Fact]
    public void Extract_PersonsPossessiveBeforeStateForces_IsNoLeadership()
    {
        Assert.DoesNotContain(Relations("Abubakar Shekau's Nigerian army opponents fought near Gwoza on Monday."), r => r.Predicate == RelationPredicates.LeaderOf && r.Object.StartsWith("Military", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Amadou Koufa, the leader of the al-Qaeda-aligned Katiba Macina, spoke in a video on Monday.")]
    [InlineData("Amadou Koufa, the leader of the al-Qaeda–aligned Katiba Macina, spoke in a video on Monday.")]
    public void Extract_TitleBeforeGroupQualifyingAnother_IsNotLeadershipOfTheQualifier(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Subject == "Amadou Koufa" && r.Object == "Al Qaeda" && r.Predicate == RelationPredicates.LeaderOf);
    }
}
