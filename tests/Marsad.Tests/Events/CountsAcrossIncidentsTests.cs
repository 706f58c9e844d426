using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>Which figures of an Arabic report become an incident's toll, each on a short article written for it.</summary>
public sealed class CountsAcrossIncidentsTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // A hedge after the noun keeps the noun its figure counts; a figure after its noun ("مدني واحد") counts that noun.
    [InlineData("نيامي – أسفر هجوم على بلدة أيورو يوم الأحد 3 مارس عن مقتل أربعة عسكريين على الأقل ومدني واحد.", 5)]
    // "One of" the militias counts nobody.
    [InlineData("نيامي – قتل مسلحون أربعة عناصر من إحدى الميليشيات المحلية في هجوم على بلدة أيورو يوم الأحد 3 مارس.", 4)]
    public void Analyze_CountsOfOneIncident_GiveItsToll(string text, int fatalities)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal(fatalities, attack.Fatalities);
    }

    /// <summary>A toll told over two attacks does not replace the toll of the one attack the article counts on its own.</summary>
    [Fact]
    public void Analyze_TollOverTwoAttacksBesideTheIncidentsOwn_IsNotItsToll()
    {
        var attack = Assert.Single(fixture.Events("باماكو – قتل 31 جنديا يوم الأحد 3 مارس في هجوم على معسكر للجيش في بلدة بوني. وقتل 22 جنديا في الهجومين."), e => !e.Historical);

        Assert.Equal(31, attack.Fatalities);
    }

    /// <summary>The group that launched an attack, told by a light verb after the attack's adjectives, is its actor1.</summary>
    [Theory]
    [InlineData("مايدوغوري – قتل 20 شخصا يوم الأحد 3 مارس في هجوم جديد شنته جماعة بوكو حرام على قرية في ولاية بورنو.")]
    [InlineData("مايدوغوري – قتل 20 شخصا يوم الأحد 3 مارس في هجوم إرهابي دموي نفذته جماعة بوكوحرام على قرية في ولاية بورنو.")]
    public void Analyze_LightVerbAfterTheAttacksAdjectives_NamesThePerformer(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", attack.Actor1);
        Assert.Equal("Civilians (Nigeria)", attack.Actor2);
    }
}
