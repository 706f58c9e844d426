using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// The group named as the gunmen's own — by a verb of belonging, a suspicion, or a light verb after the event noun — is the
/// perpetrator, never the other side. Sentences written for these tests.
/// </summary>
public sealed class PerpetratorPhraseTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // A verb of belonging, its group after a preposition or in quotation marks.
    [InlineData("مايدوغوري – مرصد: لقي 12 قرويا حتفهم يوم الاثنين في هجوم شنه مسلحون ينتمون إلى جماعة بوكو حرام على قرية قرب مدينة باما.")]
    [InlineData("مايدوغوري – مرصد: لقي 12 قرويا حتفهم يوم الاثنين في هجوم شنه مهاجمون ينتمون لجماعة \"بوكو حرام\" على قرية قرب مدينة باما.")]
    // An adjective of belonging or allegiance (تابعون ل، مرتبطون ب، موالون ل) before the group.
    [InlineData("مايدوغوري – مرصد: قتل 12 قرويا يوم الاثنين في هجوم شنه مسلحون تابعون لجماعة بوكو حرام على قرية قرب مدينة باما.")]
    [InlineData("مايدوغوري – مرصد: أغار مقاتلون مرتبطون بجماعة بوكو حرام يوم الاثنين على قرية قرب مدينة باما، ما أسفر عن مقتل 12 قرويا.")]
    [InlineData("مايدوغوري – مرصد: قتل 12 قرويا يوم الاثنين على يد عناصر موالين لجماعة بوكو حرام في قرية قرب مدينة باما.")]
    // A light verb after the event noun: its pronoun is the noun, its subject the performer.
    [InlineData("مايدوغوري – مرصد: قال سكان إن مسلحين قتلوا 9 قرويين في قرية قرب مدينة باما يوم الاثنين، وإن الهجوم نفذه عناصر من جماعة بوكو حرام.")]
    [InlineData("مايدوغوري – مرصد: قتل تسعة قرويين في هجوم نفذته جماعة بوكو حرام على قرية قرب مدينة باما يوم الاثنين.")]
    // The operation the killing happened in, a noun that tells no act itself, names its performer.
    [InlineData("مايدوغوري – مرصد: قتل سبعة قرويين يوم الاثنين في عملية نفذتها جماعة بوكو حرام قرب مدينة باما.")]
    public void Analyze_GroupOfTheGunmen_IsActor1(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal("Attack", attack.SubEventType);
        Assert.Equal("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", attack.Actor1);
        Assert.Equal("Civilians (Nigeria)", attack.Actor2);
    }

    /// <summary>A suspicion worded in the feminine, for a group (جماعة مسلحة يعتقد أنها تنتمي).</summary>
    [Fact]
    public void Analyze_GroupSuspectedInTheFeminine_IsActor1()
    {
        var abduction = Assert.Single(fixture.Events("أغاديز – مرصد: خطفت جماعة مسلحة يعتقد أنها تنتمي لتنظيم القاعدة مهندسين اثنين قرب مدينة أرليت يوم الاثنين."));

        Assert.Equal("Al Qaeda", abduction.Actor1);
    }
}
