using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// Shelling or an attack carried out by warplanes is an air strike; a strike told as from the air stays one whoever the
/// text seems to name as its author; warplanes told beside an attack they did not make change nothing. Sentences written
/// for these tests.
/// </summary>
public sealed class StrikeByWarplaneTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // The warplane is the subject of قصف, before it.
    [InlineData("سوكوتو – مرصد: قالت السلطات المحلية إن مروحية عسكرية قصفت مساء الخميس قرية قرب بلدة إيسا وقتلت تسعة قرويين.")]
    // The warplane follows the shelling noun, after a preposition.
    [InlineData("غاو – مرصد: قتل خمسة رعاة يوم الاثنين في قصف من طائرة حربية قرب بلدة أنسونغو.")]
    // The air force launches an attack: a light verb, its subject, the event noun.
    [InlineData("مايدوغوري – مرصد: شن سلاح الجو النيجيري أمس الثلاثاء هجوما على مخابئ لمسلحي بوكو حرام قرب بلدة ديكوا.")]
    // An air strike made by mistake on fishermen taken for bandits, whoever the text names beside it.
    [InlineData("غوساو – مرصد: قتلت غارة جوية نفذت بالخطأ ستة صيادين ظنهم الطيار من قطاع الطرق قرب بلدة مارو يوم السبت.")]
    // English: the air force's jets as the subject of an attack verb.
    [InlineData("MAIDUGURI – Air force jets struck insurgent hideouts near Dikwa in Borno state on Tuesday, killing several fighters, military sources said.")]
    public void Analyze_ActCarriedOutByWarplanes_IsAnAirStrike(string text)
    {
        var strike = Assert.Single(fixture.Events(text));

        Assert.Equal("Air/drone strike", strike.SubEventType);
    }

    /// <summary>A camp bombed, then the helicopter named as sent against a group: one strike, by the army, not by the group.</summary>
    [Fact]
    public void Analyze_BombingRetoldWithTheWarplane_IsOneStrikeByTheArmy()
    {
        var strike = Assert.Single(fixture.Events("مايدوغوري – مرصد: قتل 23 نازحا يوم الأربعاء في قصف خاطئ على مخيم قرب بلدة ديكوا. وأوضح الجيش النيجيري أن مروحية أرسلت ضد عناصر جماعة بوكو حرام قرب الحدود قصفت المخيم."));

        Assert.Equal(("Air/drone strike", "Military Forces of Nigeria (2023-)"), (strike.SubEventType, strike.Actor1));
    }

    /// <summary>Shelling by mortars in an article that tells no aircraft stays shelling.</summary>
    [Fact]
    public void Analyze_ShellingWithoutAircraft_StaysShelling()
    {
        var shelling = Assert.Single(fixture.Events("تمبكتو – مرصد: قصف مسلحون مساء الأحد معسكرا للجيش المالي قرب بلدة غوندام بقذائف الهاون."));

        Assert.Equal("Shelling/artillery/missile attack", shelling.SubEventType);
    }

    /// <summary>Aircraft sent to where an attack took place did not make it.</summary>
    [Fact]
    public void Analyze_AircraftSentWhereTheAttackWas_LeaveTheAttackOnTheGround()
    {
        var events = fixture.Events("موبتي – مرصد: هاجم مسلحون صباح الأحد نقطة للجيش في بلدة تنينكو. وأعلن الجيش أنه دفع بمروحيات لملاحقة المهاجمين بعد الهجوم.");

        Assert.DoesNotContain(events, e => e.SubEventType == "Air/drone strike");
    }
}
