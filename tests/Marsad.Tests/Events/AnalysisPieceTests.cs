using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>What analysis pieces tell besides incidents: counts of attacks, yearly tolls of a region, moments of a story.</summary>
public sealed class AnalysisPieceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    /// <summary>
    /// "نحو 20 هجوما", « 15 attaques »: Arabic puts an event noun counted from eleven up in the singular, so the count says
    /// that several attacks are told; with no day and no place of their own they are a tally, not an incident. The attack
    /// told with its day and town stays.
    /// </summary>
    [Theory]
    [InlineData("دوينتزا – مرصد: قتل مسلحون ثلاثة جنود أمس في هجوم على موقع للجيش قرب بلدة دوينتزا. وقالت الحكومة في مارس الماضي إن الجماعات نفذت 14 هجوما على قوات الأمن.")]
    [InlineData("دوينتزا – مرصد: قتل مسلحون ثلاثة جنود أمس في هجوم على موقع للجيش قرب بلدة دوينتزا. وأحصت الحكومة في مارس الماضي 18 هجوما على مواقع الجيش.")]
    public void Analyze_AttacksCountedByANumber_AreATally(string text)
    {
        var events = fixture.Events(text, new DateOnly(2024, 6, 20));

        var attack = Assert.Single(events);
        Assert.Equal(new DateOnly(2024, 6, 19), attack.EventDate);
    }

    /// <summary>
    /// "سجل الإقليم أكثر من 1200 قتيل خلال عام 2025": thousands of deaths counted in a region over a year add up a period;
    /// a region is no place of one incident.
    /// </summary>
    [Fact]
    public void Analyze_ThousandsKilledInARegionOverAYear_AreATally()
    {
        const string text = "نيامي – مرصد: قتل مسلحون 12 قرويا أمس في هجوم على قرية قرب بلدة أيورو. وسجلت منطقة تيلابيري أكثر من 1200 قتيل خلال عام 2025 وفق منظمة غير حكومية.";

        var events = fixture.Events(text, new DateOnly(2026, 1, 21));

        var attack = Assert.Single(events);
        Assert.Equal(12, attack.Fatalities);
    }

    /// <summary>
    /// "برز اسمه في نوفمبر 2022، وجاء ذلك بعد أسابيع قليلة من انقلاب": the date is a moment of the story, not an incident;
    /// the coup before it is background, dated just before that moment.
    /// </summary>
    [Fact]
    public void Analyze_EventWeeksBeforeAMomentOfTheStory_IsBackground()
    {
        const string text = "برز اسم القائد الميداني في تسجيل صوتي نشرته الجماعة في نوفمبر 2022. وجاء ذلك بعد أسابيع قليلة من انقلاب عسكري في بوركينا فاسو. وبات منذ ذلك الوقت من أشهر وجوهها.";

        var coup = Assert.Single(fixture.Pipeline.Analyze(new Article { Id = "test", Text = text }).Events);

        Assert.True(coup.Historical);
        Assert.Equal("Other", coup.SubEventType);
        Assert.Equal("Burkina Faso", coup.Country);
        Assert.Equal(2022, coup.EventDate?.Year);
    }

    /// <summary>
    /// "مجزرة X"، "معركة X": a massacre or a battle named by its place is recalled there, even when the gazetteer knows the
    /// town only by its Latin spelling; the recalled event is coded to that town, not to the country alone.
    /// </summary>
    [Fact]
    public void Analyze_MassacreNamedByItsTown_IsPlacedAtTheTown()
    {
        const string text = "جيبو – مرصد: قتل مسلحون خمسة جنود أمس في هجوم على موقع للجيش قرب جيبو شمال بوركينا فاسو. وتعيد الحادثة إلى الأذهان مجزرة بارسالوغو التي قتل فيها عشرات المدنيين في أغسطس 2024.";

        var events = fixture.Events(text, new DateOnly(2025, 5, 20));

        var recalled = Assert.Single(events, e => e.Historical);
        Assert.Equal(("Barsalogo", "Burkina Faso"), (recalled.Location, recalled.Country));
    }

    /// <summary>
    /// "العسكريون الذين تولوا السلطة عام 2021": power taken by soldiers or a junta is a coup recalled with its year; a president
    /// who took office after an election made none.
    /// </summary>
    [Theory]
    [InlineData("ويواجه القادة العسكريون الذين تولوا السلطة عام 2021 في مالي أخطر تحد منذ سنوات.", "Mali")]
    [InlineData("ويحكم البلاد المجلس العسكري الذي تولى السلطة في سبتمبر 2022 في بوركينا فاسو.", "Burkina Faso")]
    [InlineData("وتعهد الرئيس الذي تولى السلطة عام 2019 بعد انتخابات في النيجر بمحاربة الجماعات المسلحة.", null)]
    public void Analyze_PowerTakenBySoldiers_IsARecalledCoup(string text, string? country)
    {
        var events = fixture.Events(text, new DateOnly(2025, 11, 3));

        Assert.Equal(country, events.SingleOrDefault(e => e.Historical && e.SubEventType == "Other")?.Country);
        Assert.DoesNotContain(events, e => !e.Historical);
    }
}
