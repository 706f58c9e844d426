using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// One incident told twice in an article must stay one event: a second telling placed where the statement came from,
/// or by the weapons used in the assault, or with its dead counted in parts, is no other incident.
/// </summary>
public sealed class IncidentToldTwiceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private ImmutableArray<EventRecord> Events(string text) =>
        fixture.Pipeline.Analyze(new Article { Id = "twice", Text = text, Published = new DateOnly(2024, 3, 5) }).Events;

    [Theory]
    // The ministry speaks from the capital; the ambush is told again with its own town.
    [InlineData("قتل تسعة جنود الأحد في كمين نصبه مسلحون قرب الحدود، وفق ما أعلنت وزارة الدفاع في نيامي. ووقع الكمين عند أطراف بلدة تيلابيري.")]
    [InlineData("قتل ستة جنود أمس في هجوم على دورية للجيش، بحسب ما ذكرت السلطات في نيامي. وكانت الدورية تتحرك قرب بلدة تيلابيري.")]
    public void Analyze_CapitalWhereTheStatementCameFrom_IsNoPlaceOfTheIncident(string text)
    {
        var ambush = Assert.Single(Events(text), e => !e.Historical);

        Assert.NotEqual("Niamey", ambush.Location);
    }

    [Theory]
    [InlineData("المرصد (نيامي) - قال الجيش إن مسلحين قتلوا ستة جنود أمس في هجوم على دورية في شمال البلاد.\nوأضاف أن الجيش رد على المهاجمين.")]
    [InlineData("وكالة المرصد (نيامي) ـ قتل مسلحون ستة جنود أمس في هجوم على دورية في شمال البلاد.")]
    public void Analyze_PlaceInParenthesesAfterTheOutletName_IsADateline(string text)
    {
        var attack = Assert.Single(Events(text), e => !e.Historical);

        Assert.Equal("Niger", attack.Country);
        Assert.NotEqual("Niamey", attack.Location);
    }

    [Fact]
    public void Analyze_RocketsFiredInTheAssault_ArePartOfTheBattle()
    {
        var events = Events("هاجم مسلحون فجر الأحد معسكرا للجيش في بلدة ديفا، فأطلقوا النار ثم قذائف صاروخية على المعسكر. وقتل ستة جنود في الهجوم.");

        var battle = Assert.Single(events, e => !e.Historical);
        Assert.Equal(("Battles", 6), (battle.EventType, battle.Fatalities));
    }

    [Theory]
    [InlineData("قتل 12 جنديا و5 من ضباط الشرطة أمس في هجوم شنه مسلحون على معسكر في بلدة ديفا.", 17)]
    [InlineData("قتل 12 جنديا نيجريا و5 جنود آخرين من الحرس أمس في هجوم شنه مسلحون على معسكر في بلدة ديفا.", 17)]
    public void Analyze_CountsJoinedByAnd_AddUp(string text, int dead)
    {
        var attack = Assert.Single(Events(text), e => !e.Historical);

        Assert.Equal(dead, attack.Fatalities);
    }
}
