using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>Words for deaths beyond "killed", each in sentences written for this test.</summary>
public sealed class DeathWordsTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    // Many outlets and official communiqués tell deaths as martyrdom (استشهاد، شهداء، « martyrs »): the same toll as "killed".
    [Theory]
    [InlineData("هاجم مسلحون قرية كوندو في ولاية تاهوا يوم الأحد، ما أدى إلى استشهاد 14 مدنيا.", 14)]
    [InlineData("استشهد سبعة جنود في كمين نصبه مسلحون قرب بلدة دوري يوم الاثنين.", 7)]
    [InlineData("سقط تسعة شهداء من الجنود في هجوم إرهابي على موقع عسكري قرب ميناكا أمس.", 9)]
    [InlineData("NIAMEY – Le bilan de l'attaque de lundi contre la position de Torodi est de six martyrs et trois blessés.", 6)]
    public void Analyze_DeathsToldAsMartyrdom_AreTheToll(string text, int fatalities) =>
        Assert.Equal(fatalities, Assert.Single(fixture.Events(text, new DateOnly(2024, 5, 20))).Fatalities);

    // The army's communiqués tell militants killed as liquidated (تصفية) or perished (هلاك).
    [Theory]
    [InlineData("أعلن الجيش تصفية 11 إرهابيا خلال عملية تمشيط قرب بلدة إنتاهاكا يوم الخميس.", 11)]
    [InlineData("أسفرت الغارة الجوية على مخبأ للإرهابيين قرب أنسونغو عن هلاك 8 منهم يوم الثلاثاء.", 8)]
    public void Analyze_MilitantsLiquidatedOrPerished_AreTheToll(string text, int fatalities) =>
        Assert.Equal(fatalities, Assert.Single(fixture.Events(text, new DateOnly(2024, 5, 20))).Fatalities);

    // "It took the lives of" (أودى بحياة، حصد أرواح): the event noun before it is the act, the people after it its dead.
    [Theory]
    [InlineData("أودى هجوم شنه مسلحون على قرية قرب بلدة تيلابيري يوم الجمعة بحياة 17 مدنيا.", 17)]
    [InlineData("شن مسلحون يوم الجمعة هجوما على قرية قرب بلدة تيلابيري أودى بحياة 17 مدنيا.", 17)]
    [InlineData("نصب مسلحون كمينا لدورية عسكرية قرب بلدة تيلابيري يوم الجمعة حصد أرواح 17 جنديا.", 17)]
    public void Analyze_ActThatTookLives_HasThemAsItsToll(string text, int fatalities) =>
        Assert.Equal(fatalities, Assert.Single(fixture.Events(text, new DateOnly(2024, 5, 20))).Fatalities);

    // "They met their end" (قضوا نحبهم), an idiom of dying like لقوا حتفهم.
    [Fact]
    public void Analyze_DeathsToldAsMeetingTheirEnd_AreTheToll() =>
        Assert.Equal(6, Assert.Single(fixture.Events("قال الجيش إن ستة جنود قضوا نحبهم عندما هاجم مسلحون موقعا عسكريا قرب بلدة تيلابيري يوم الجمعة.", new DateOnly(2024, 5, 20))).Fatalities);
}
