using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// Habits of wire reports: the day a source spoke to an agency, the insurgency's ties named in passing, a takeover recalled
/// from years ago, people taken in the assault told just before, and insurgents' frequent attacks. Sentences written for these tests.
/// </summary>
public sealed class WireReportTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    /// <summary>The day a spokesman spoke to an agency dates what he said, not the killing told in his words.</summary>
    [Theory]
    [InlineData("Troops killed a militant commander in a raid near Douentza on Friday. \"I confirm that the commander was killed during the raid,\" an army spokesman told Reuters on Sunday.")]
    [InlineData("Troops killed a militant commander in a raid near Douentza on Friday. \"The commander was killed during the raid,\" a security source told AFP on Sunday.")]
    public void Analyze_DayASourceToldAnAgency_DatesNoIncident(string text)
    {
        var raid = Assert.Single(fixture.Events(text, new DateOnly(2024, 3, 4)));

        Assert.Equal(new DateOnly(2024, 3, 1), raid.EventDate);
    }

    /// <summary>"Militants linked to X and Y" is what the insurgency is tied to; the attackers stay unidentified.</summary>
    [Theory]
    [InlineData("Gunmen killed 14 villagers in Tongomayel on Sunday, in a district where cells linked to al Qaeda and Islamic State both recruit.")]
    [InlineData("Des hommes armés ont tué 14 villageois dimanche à Tongomayel, dans une zone où opèrent des groupes liés à Al-Qaïda et à l'État islamique.")]
    [InlineData("قتل مسلحون 14 قرويا يوم الأحد في بلدة تونغومايل، في منطقة تجند فيها خلايا مرتبطة بتنظيم القاعدة وتنظيم الدولة الإسلامية.")]
    public void Analyze_TwoGroupsTheInsurgencyIsLinkedTo_AreNotTheAttackers(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal("Unidentified Armed Group (Burkina Faso)", attack.Actor1);
    }

    /// <summary>A force accused together with its allies did it: two state-side actors joined after the accusation are not ties.</summary>
    [Fact]
    public void Analyze_ForceAccusedWithItsAllies_IsActor1()
    {
        var killing = Assert.Single(fixture.Events("Rights groups accused the Malian army and Russian fighters of killing 30 civilians in the village of Diafarabé on Sunday."));

        Assert.Equal("Military Forces of Mali (2021-)", killing.Actor1);
    }

    /// <summary>Unnamed fighters facing the army are not the group named only where the article recalls a takeover of years ago.</summary>
    [Fact]
    public void Analyze_GroupNamedOnlyInThePast_DoesNotNameTodaysFighters()
    {
        var clash = Assert.Single(fixture.Events(
            "Soldiers killed 12 suspected jihadists in fighting near Douentza on Tuesday, the army said. Extremists linked to al Qaeda seized the north of Mali in 2012.",
            new DateOnly(2024, 3, 7)), e => !e.Historical);

        Assert.Equal("Military Forces of Mali (2021-)", clash.Actor1);
        Assert.Equal("Unidentified Armed Group (Mali)", clash.Actor2);
    }

    /// <summary>People taken with neither day nor place of their own were taken in the killing told just before.</summary>
    [Fact]
    public void Analyze_AbductionToldAfterTheKillings_IsTheSameIncident()
    {
        var attack = Assert.Single(fixture.Events(
            "Boko Haram insurgents killed six travellers near Gwoza on Monday. A survivor told reporters on Wednesday that the insurgents also abducted nine women.",
            new DateOnly(2024, 3, 6)));

        Assert.Equal(6, attack.Fatalities);
        Assert.Equal(9, attack.Abducted);
        Assert.Equal(new DateOnly(2024, 3, 4), attack.EventDate);
    }

    /// <summary>A group's frequent attacks are its record, not an incident.</summary>
    [Fact]
    public void Analyze_FrequentAttacksOfAGroup_AreNoIncident()
    {
        var events = fixture.Events("Troops killed a militant commander in a raid near Douentza on Friday. The commander belonged to JNIM, whose units stage frequent attacks across the region.");

        Assert.Single(events);
    }

    /// <summary>Where survivors took refuge is not where they were attacked.</summary>
    [Fact]
    public void Analyze_TownWhereSurvivorsTookRefuge_IsNotThePlace()
    {
        var attack = Assert.Single(fixture.Events("Gunmen killed 20 villagers across Tongomayel village on Saturday. Hundreds of survivors took refuge in Djibo, officials said."));

        Assert.Equal("Tongomayel", attack.Location);
    }

    /// <summary>In "a 'terrorist' ambush" the article counts the ambush, not a terrorist killed.</summary>
    [Fact]
    public void Analyze_PeopleNounBeforeAnEventNoun_IsNotCounted()
    {
        var clash = Assert.Single(fixture.Events("Twenty gendarmes died in a \"jihadist\" ambush near Bankilare on Sunday, and about 30 terrorists were neutralised."));

        Assert.Equal(50, clash.Fatalities);
    }

    /// <summary>Artillery fired by the assailants while they stormed a town is how they fought there: one ground event.</summary>
    [Fact]
    public void Analyze_ArtilleryFiredInTheAssault_IsPartOfTheAttack()
    {
        var attack = Assert.Single(fixture.Events(
            "Boko Haram fighters stormed Gubio on Saturday night, pounding its market with artillery. They looted shops and killed three residents. The insurgents also abducted eleven women."));

        Assert.Equal("Attack", attack.SubEventType);
        Assert.Equal(3, attack.Fatalities);
        Assert.Equal(11, attack.Abducted);
    }

    /// <summary>
    /// A notable town abroad is not read from the end of a longer name with no sign that a place follows ("Tumbun Hamma" is
    /// no Algerian town, "Amir Malam Bello" no Cameroonian one); the long English names of ISWAP are ISWAP.
    /// </summary>
    [Theory]
    [InlineData("Air strikes killed several fighters of the Islamic State of West Africa Province at Tumbun Hamma, an island of Lake Chad in Borno State, on Friday. The fighters had gathered at Tumbun Hamma after earlier raids.")]
    [InlineData("Air strikes near Marte in Borno State killed two commanders of the Islamic State of West African Province, Amir Malam Bello and Abba Kyari, on Friday.")]
    public void Analyze_NameEndingLikeATownAbroad_StaysInTheArticlesCountry(string text)
    {
        var strike = Assert.Single(fixture.Events(text));

        Assert.Equal("Nigeria", strike.Country);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.StartsWith("Islamic State (West Africa)", strike.Actor2, StringComparison.Ordinal);
    }

    /// <summary>"a security official in the regional capital X" says where the source is, not where the killing was.</summary>
    [Fact]
    public void Analyze_SourceInTheRegionalCapital_IsNotTheEventsPlace()
    {
        var attack = Assert.Single(fixture.Events("Gunmen killed three herders in northern Mali on Monday, a security official in the regional capital Gao said."));

        Assert.Equal("Mali", attack.Country);
        Assert.NotEqual("Gao", attack.Location);
    }

    /// <summary>A headline's "soldiers killed on Sunday" is a passive without its auxiliary: the soldiers are the victims.</summary>
    [Fact]
    public void Analyze_HeadlinePassiveBeforeADay_MakesTheSoldiersVictims()
    {
        var ambush = Assert.Single(fixture.Events(
            "Three Malian soldiers killed on Sunday near Hombori, army says\nGunmen ambushed a patrol near Hombori on Sunday, killing three soldiers, the army said."));

        Assert.Equal("Unidentified Armed Group (Mali)", ambush.Actor1);
        Assert.Equal("Military Forces of Mali (2021-)", ambush.Actor2);
    }

    /// <summary>"between the towns of X and Y" is one stretch of road, one event, and a mine that hits a patrol is a mine blast.</summary>
    [Theory]
    [InlineData("A soldier was killed on Tuesday when a mine hit a patrol travelling between the towns of Douentza and Boni.")]
    [InlineData("Un soldat a été tué mardi lorsqu'une mine a touché une patrouille entre les localités de Douentza et Boni.")]
    public void Analyze_MineOnTheRoadBetweenTwoTowns_IsOneBlast(string text)
    {
        var blast = Assert.Single(fixture.Events(text));

        Assert.Equal("Remote explosive/landmine/IED", blast.SubEventType);
        Assert.Equal("Military Forces of Mali (2021-)", blast.Actor2);
    }

    /// <summary>A short name that opens a place the text names in full is that place, not a namesake abroad.</summary>
    [Fact]
    public void Analyze_ShortFormOfATownNamedInFull_IsThatTown()
    {
        var attack = Assert.Single(fixture.Events(
            "Des hommes armés ont attaqué mardi un car de transport sur l'axe Fada-Kompienbiga, tuant quatre passagers, selon une source sécuritaire à Fada N'Gourma."));

        Assert.Equal("Burkina Faso", attack.Country);
    }

    /// <summary>A headline's "attacks leave 20 dead" then each attack told on its own: the summary is none of the incidents.</summary>
    [Fact]
    public void Analyze_SummaryOfTheAttacksToldAfter_IsNoIncidentOfItsOwn()
    {
        var events = fixture.Events(
            "هجمات على مواقع الجيش في وسط مالي تخلف 20 قتيلا\nقتل مسلحون 12 جنديا في هجوم على موقع للجيش قرب بلدة بوني يوم الأحد. وفي هجوم ثان، قتل ثمانية جنود في بلدة هومبوري.");

        Assert.Equal(2, events.Length);
        Assert.Equal([8, 12], events.Select(e => e.Fatalities ?? 0).Order());
    }

    /// <summary>Of the villages a name spells exactly, the one whose main name it is wins over one once also called so.</summary>
    [Fact]
    public void Analyze_VillageWhoseMainNameIsWritten_BeatsOneOnlyAlsoCalledSo()
    {
        var attack = Assert.Single(fixture.Events("Gunmen killed 12 soldiers near Boni on Sunday, the Malian army said."));

        Assert.Equal("Boni", attack.Location);
        Assert.Equal("Mopti", attack.Admin1);
    }

    /// <summary>The headline a pointer to another article opens, or the line after a pointer alone on its line, is not news of this one.</summary>
    [Theory]
    [InlineData("Deux soldats ont été tués dimanche dans une embuscade près de Boni, dans le centre du Mali.\nÀ lire aussi : douze civils tués dans une attaque à Hombori\nSelon une source militaire, les assaillants ont fui.")]
    [InlineData("Gunmen killed two soldiers near Boni in central Mali on Sunday.\nRead more\nTwelve civilians killed in an attack on Hombori market\nThe army said the attackers fled.")]
    [InlineData("قتل مسلحون جنديين قرب بلدة بوني في وسط مالي يوم الأحد.\nاقرأ أيضا: مقتل 12 مدنيا في هجوم على سوق هومبوري\nوقال الجيش إن المهاجمين فروا.")]
    public void Analyze_HeadlineOfAnotherArticle_IsNoEvent(string text)
    {
        var ambush = Assert.Single(fixture.Events(text));

        Assert.Equal(2, ambush.Fatalities);
    }

    /// <summary>In an undated report, the year an insurgency spilled over or a force was established in only bounds the date from below.</summary>
    [Theory]
    [InlineData("Gunmen killed 12 civilians in the village of Tongomayel in Soum province on Sunday. The insurgency, which spilled over from neighbouring Mali in 2015, has killed thousands.")]
    [InlineData("Gunmen killed 12 civilians in the village of Tongomayel in Soum province on Sunday. The regional force was established in 2015 to fight them.")]
    public void Analyze_UndatedReportWithTheYearAnInsurgencyBegan_StaysUndated(string text)
    {
        var attack = Assert.Single(fixture.Pipeline.Analyze(new Article { Id = "test", Text = text }).Events);

        Assert.Null(attack.EventDate);
    }
}
