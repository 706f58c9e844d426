using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>Rules of event assembly, each on a short article written for it.</summary>
public sealed class IncidentRulesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private ImmutableArray<EventRecord> Events(string text) =>
        fixture.Pipeline.Analyze(new Article { Id = "rule", Text = text, Published = new DateOnly(2024, 3, 5) }).Events;

    [Fact]
    public void Analyze_DemonstrativeBeforeAnEventNoun_AddsNoIncident()
    {
        var events = Events("نيامي – قتل مسلحون أربعة رعاة قرب بلدة أيورو يوم الأحد 3 مارس. وتأتي هذه الهجمات بعد أكثر من عام على تصاعد العنف في المنطقة.");

        var attack = Assert.Single(events);
        Assert.Equal(new DateOnly(2024, 3, 3), attack.EventDate);
    }

    [Theory]
    [InlineData("اندلعت اشتباكات أمس بين الجيش المالي وجماعة نصرة الإسلام والمسلمين قرب بلدة أنسونغو.", "Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("تتواصل منذ الاثنين اشتباكات عنيفة بين مقاتلي تنظيم الدولة الإسلامية – ولاية الساحل وجماعة نصرة الإسلام والمسلمين قرب بلدة أنسونغو.", "Islamic State (Sahel)", "JNIM: Group for Support of Islam and Muslims")]
    public void Analyze_ClashBetweenTwoNamedSides_CodesTheFirstAsActor1AndTheSecondAsActor2(string text, string actor1, string actor2)
    {
        var clash = Assert.Single(Events(text));

        Assert.Equal("Armed clash", clash.SubEventType);
        Assert.Equal(actor1, clash.Actor1);
        Assert.Equal(actor2, clash.Actor2);
    }

    [Fact]
    public void Analyze_SpecialForcesArrestALeader_TheArmyIsActor1()
    {
        var arrest = Assert.Single(Events("نيامي – قالت مصادر أمنية إن القوات الخاصة أوقفت أمس قرب بلدة أيورو قياديا في تنظيم داعش."));

        Assert.Equal("Arrests", arrest.SubEventType);
        Assert.Equal("Military Forces of Niger (2023-)", arrest.Actor1);
        Assert.Equal("Islamic State (Sahel)", arrest.Actor2);
    }

    [Fact]
    public void Analyze_FightersSurrenderToTheArmy_TheirGroupIsActor1AndTheArmyActor2()
    {
        var surrender = Assert.Single(Events("واغادوغو – قال مصدر أمني إن خمسة عناصر من جماعة نصرة الإسلام والمسلمين سلموا أنفسهم للجيش في بلدة جيبو أمس."));

        Assert.Equal("Change to group/activity", surrender.SubEventType);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", surrender.Actor1);
        Assert.Equal("Military Forces of Burkina Faso (2022-)", surrender.Actor2);
    }

    [Theory]
    [InlineData("واغادوغو – مرصد: عثمان كوليبالي، أحد قادة جماعة نصرة الإسلام والمسلمين، بات من أخطر المطلوبين في شمال البلاد. وقام كوليبالي أمس باختطاف أربعة تجار قرب بلدة جيبو.", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("واغادوغو – مرصد: بات عثمان كوليبالي من أخطر المطلوبين في شمال البلاد. وقام كوليبالي أمس باختطاف أربعة تجار قرب بلدة جيبو.", "Unidentified Armed Group (Burkina Faso)")]
    public void Analyze_PersonActing_ActsForTheGroupTheArticleTiesHimTo(string text, string actor1)
    {
        var abduction = Assert.Single(Events(text));

        Assert.Equal("Abduction/forced disappearance", abduction.SubEventType);
        Assert.Equal(actor1, abduction.Actor1);
    }

    [Fact]
    public void Analyze_FightersReturningToAGroup_AreCodedByTheGroupTheyLeft()
    {
        var change = Assert.Single(Events("واغادوغو – مرصد: دفعت الخلافات الداخلية عشرات المقاتلين الذين كانوا يعملون لصالح داعش في منطقة جيبو إلى العودة إلى صفوف جماعة نصرة الإسلام والمسلمين الأسبوع الماضي."));

        Assert.Equal("Change to group/activity", change.SubEventType);
        Assert.Equal("Islamic State (Sahel)", change.Actor1);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", change.Actor2);
    }

    [Theory]
    [InlineData("نيامي – قتل مسلحون ثلاثة جنود أمس قرب الحدود مع مالي.")]
    [InlineData("نيامي – قتل مسلحون ثلاثة جنود أمس على الحدود مع مالي.")]
    [InlineData("NIAMEY - Gunmen killed three soldiers on Monday near the border with Mali, the army said.")]
    [InlineData("NIAMEY - Des hommes armés ont tué trois soldats lundi près de la frontière avec le Mali, selon l'armée.")]
    public void Analyze_NearTheBorderWithACountry_IsOnThisSideOfIt(string text)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal("Niger", attack.Country);
        Assert.Equal("Military Forces of Niger (2023-)", attack.Actor2);
    }

    [Fact]
    public void Analyze_TriangleBetweenCountries_NamesTheCountriesNotAVillageThatSoundsLikeOne()
    {
        var attack = Assert.Single(Events("نيامي – قتل مسلحون ثلاثة جنود أمس في المثلث الحدودي بين مالي والنيجر وبوركينا فاسو."));

        Assert.Equal("Liptako-Gourma", attack.Location);
        Assert.Equal("Niger", attack.Country);
    }

    [Fact]
    public void Analyze_CoupNamingNoTown_IsCodedToTheCapitalWithTheArmyAsActor1()
    {
        var events = Events("يستمر التوتر في النيجر منذ الانقلاب العسكري الذي أطاح في 26 يوليو 2023 بالرئيس محمد بازوم.");

        var coup = Assert.Single(events);
        Assert.Equal("Niamey", coup.Location);
        Assert.Equal(3, coup.GeoPrecision);
        Assert.Equal("Military Forces of Niger (2023-)", coup.Actor1);
        Assert.True(coup.Historical);
    }

    [Fact]
    public void Analyze_ActorInsideARelativeClauseAboutAPlace_IsNotTheTarget()
    {
        var events = Events("اقتحم مسلحون أمس بلدة قرب جيبو. واستهدف المهاجمون السوق الذي كان يحرسه متطوعو الدفاع عن الوطن، وقتلوا 14 مدنيا.");

        var attack = Assert.Single(events);
        Assert.Equal("Violence against civilians", attack.EventType);
        Assert.Equal("Civilians (Burkina Faso)", attack.Actor2);
    }

    [Fact]
    public void Analyze_TownFollowedByItsProvince_IsOnePastEventPlacedAtTheTown()
    {
        var events = Events("واغادوغو – أحيا الأهالي أمس ذكرى الهجوم الذي استهدف بلدة أربيندا في إقليم سوم عام 2019 وقتل فيه 35 مدنيا.");

        var remembered = Assert.Single(events);
        Assert.Equal("Aribinda", remembered.Location);
        Assert.True(remembered.Historical);
        Assert.Equal(35, remembered.Fatalities);
    }

    [Fact]
    public void Analyze_ExampleIntroducedBySuchAs_IsAnIncidentApartWithItsOwnDate()
    {
        var events = Events("وخطف مسلحو الجماعة تجارا من سوق في المنطقة وطالبوا بفدية قدرها 10 ملايين فرنك سيفا، كما تكررت حوادث الخطف، مثل حادثة 2 مارس، عندما اختطف مسلحون أربعة مدنيين قرب مدينة غاو.");

        Assert.Equal(2, events.Length);
        Assert.Contains(events, e => e.RansomAmount == 10_000_000 && e.EventDate != new DateOnly(2024, 3, 2));
        Assert.Contains(events, e => e.Abducted == 4 && e.EventDate == new DateOnly(2024, 3, 2));
    }
}
