using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>French and English sentences written for these tests, through the shipped pipeline.</summary>
public sealed class LatinExtractionTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<EventRecord> Extract(string lang, string published, string text) =>
        [.. fixture.Pipeline.Analyze(new Article { Id = "t", Lang = lang, Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Text = text }).Events];

    [Fact]
    public void Analyze_EnglishAnniversaryYearsSince_DatesTheOldEventToThatMonth()
    {
        var events = Extract("en", "2024-03-10", "Families in Kuriga gathered on Saturday to mark ten years since gunmen abducted 180 pupils from a primary school.");

        var old = Assert.Single(events);
        Assert.True(old.Historical);
        Assert.Equal(new DateOnly(2014, 3, 15), old.EventDate);
        Assert.Equal(3, old.TimePrecision);
    }

    [Fact]
    public void Analyze_EnglishAdverbAfterVerb_TalliesThatVerbOnly()
    {
        var events = Extract("en", "2025-05-10", "The two factions have fought repeatedly since ISWAP broke away in 2016.");

        var split = Assert.Single(events);
        Assert.Equal("Change to group/activity", split.SubEventType);
        Assert.True(split.Historical);
    }

    [Fact]
    public void Analyze_FrenchAbductionWithHourAndUnsaidNumber_KeepsTheFigureTold()
    {
        var events = Extract("fr", "2024-09-10", "Samedi soir, six enseignants ont été enlevés à Kaya par des hommes armés. "
            + "Le ministère a confirmé l'enlèvement d'enseignants le samedi 7 septembre vers 21H00, sans dire combien.");

        var abduction = Assert.Single(events);
        Assert.Equal(6, abduction.Abducted);
    }

    [Theory]
    [InlineData("Un gendarme et trois volontaires (VDP, supplétifs de l'armée) ont été tués vendredi dans une attaque près de Kaya.", 4)]
    [InlineData("Au moins onze villageois, dont deux enfants, ont été tués vendredi lors de deux attaques près de Kaya.", 11)]
    public void Analyze_FrenchCountAroundAnAside_IsTheToll(string text, int expected)
    {
        var attack = Assert.Single(Extract("fr", "2024-09-10", text));

        Assert.Equal(expected, attack.Fatalities);
    }

    [Fact]
    public void Analyze_FrenchDefendersNeutraliseAttackers_AreNotTheAttackers()
    {
        var events = Extract("fr", "2024-09-10", "Six assaillants ont été tués mardi lorsqu'un groupe terroriste a attaqué le village de Sebba. "
            + "La riposte des VDP, supplétifs civils de l'armée, a permis de neutraliser six terroristes.");

        var attack = Assert.Single(events);
        Assert.DoesNotContain("VDP", attack.Actor1 ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_FrenchSituationSinceTheNextDay_GoesOnWithTheIncident()
    {
        var events = Extract("fr", "2024-09-10", "Dimanche, une embuscade a tué 9 soldats près de Kaya. "
            + "Depuis ce lundi matin, des habitants partagent sur les réseaux des images de soldats tués lors de l'embuscade.");

        var ambush = Assert.Single(events);
        Assert.Equal(new DateOnly(2024, 9, 8), ambush.EventDate);
    }

    [Fact]
    public void Analyze_EnglishSituationSinceTheAfternoon_GoesOnWithTheIncident()
    {
        var events = Extract("en", "2024-09-10", "Gunmen killed 9 soldiers in an ambush near Kaya on Sunday. "
            + "Since Monday afternoon, pictures of soldiers killed in the attack have been shared online.");

        var ambush = Assert.Single(events);
        Assert.Equal(new DateOnly(2024, 9, 8), ambush.EventDate);
    }

    [Fact]
    public void Analyze_FrenchRepeatedAttacks_AreATally()
    {
        var events = Extract("fr", "2025-05-10", "Les jihadistes ont attaqué à plusieurs reprises les villages de la commune.");

        Assert.Empty(events);
    }

    [Fact]
    public void Analyze_FrenchFoundingInApposition_IsDatedBackground()
    {
        var events = Extract("fr", "2025-06-05", "NIAMEY – Le MSA, né fin 2023 de la fusion de plusieurs groupes armés, a rejeté l'accord signé à Niamey.");

        var founding = Assert.Single(events);
        Assert.Equal("Change to group/activity", founding.SubEventType);
        Assert.True(founding.Historical);
        Assert.Equal(2023, founding.EventDate?.Year);
    }

    [Fact]
    public void Analyze_FrenchRetakingOfTheTown_TakesThePlaceNamedBefore()
    {
        var events = Extract("fr", "2024-12-01", "GAO – Des photos montrant des combattants à Ménaka circulent. Elles datent de 2021, avant la reprise de la ville par l'armée en mars 2023.");

        var retaken = Assert.Single(events);
        Assert.Equal("Government regains territory", retaken.SubEventType);
        Assert.True(retaken.Historical);
        Assert.Equal("Menaka", retaken.Location);
    }

    [Fact]
    public void Analyze_EnglishClaimAfterTownAndBorder_StaysAtTheTown()
    {
        var events = Extract("en", "2025-03-26", "MAIDUGURI, Nigeria – ISWAP has claimed responsibility for a night attack on an army post in Damasak, near Nigeria's border with Niger, saying its fighters killed 12 soldiers.");

        var attack = Assert.Single(events);
        Assert.Equal("Damasak", attack.Location);
        Assert.Equal(12, attack.Fatalities);
    }

    [Fact]
    public void Analyze_EnglishDeathDuringAnOldAssault_IsOneBackgroundBattle()
    {
        var events = Extract("en", "2025-05-10", "MAIDUGURI, Nigeria – Clashes broke out on Sunday near Monguno, leaving 12 fighters dead. The rivals have clashed repeatedly since ISWAP broke away in 2016; Boko Haram leader Abubakar Shekau died during an ISWAP assault on his Sambisa forest hideout in 2021.");

        Assert.Equal(3, events.Count);
        var background = events.Where(e => e.Historical).Select(e => e.SubEventType).Order(StringComparer.Ordinal);
        Assert.Equal(["Armed clash", "Change to group/activity"], background);
    }

    [Fact]
    public void Analyze_EnglishDefiniteStrikeAsSubject_TakesItsSentencesDate()
    {
        var events = Extract("en", "2025-09-24", "MAIDUGURI, Nigeria – The Nigerian Air Force said on Tuesday that an air strike had killed an ISWAP commander. The strike hit a camp near Baga on Saturday, a spokesman said.");

        var strike = Assert.Single(events);
        Assert.Equal(new DateOnly(2025, 9, 20), strike.EventDate);
        Assert.Equal("Baga", strike.Location);
    }

    [Fact]
    public void Analyze_EnglishLaterDeaths_JoinTheAttackNotAPassingPlural()
    {
        var events = Extract("en", "2024-09-11", "OUAGADOUGOU – Jihadists attacked the army base in Djibo on Sunday, killing soldiers and civilians. A spokesman said the attackers had been pushed back by reinforcements and air strikes. Residents said they had buried 25 people.");

        var attack = Assert.Single(events);
        Assert.Equal(25, attack.Fatalities);
    }

    [Fact]
    public void Analyze_EnglishDeathsInTheStrikes_GoToTheStrikes()
    {
        var events = Extract("en", "2025-08-12", "BAMAKO – Gunmen attacked a police post near Kita early on Sunday, killing three officers. Army helicopters later struck a column of pickups believed to be carrying the attackers. The army said in a statement on Monday that about 12 terrorists had been killed in the strikes.");

        Assert.Equal(2, events.Count);
        Assert.Equal(12, events.Single(e => e.SubEventType == "Air/drone strike").Fatalities);
        Assert.Equal(3, events.Single(e => e.SubEventType == "Armed clash").Fatalities);
    }

    [Theory]
    [InlineData("fr", "BAMAKO – Des hommes armés ont attaqué dimanche un poste près de Kati, tuant deux soldats. L'an dernier, des combattants avaient attaqué le camp de Boni, tuant 14 soldats.")]
    [InlineData("fr", "BAMAKO – Des hommes armés ont attaqué dimanche un poste près de Kati, tuant deux soldats. Le groupe avait déjà enlevé deux humanitaires près de Gao.")]
    [InlineData("fr", "BAMAKO – Des hommes armés ont attaqué dimanche un poste près de Kati, tuant deux soldats. En juin 2021, une attaque contre Solhan avait fait 160 morts.")]
    [InlineData("en", "BAMAKO – Gunmen attacked a checkpoint near Kati on Sunday, killing two soldiers. Last year, JNIM fighters attacked the army base at Boni, killing 14 soldiers.")]
    [InlineData("en", "BAMAKO – Gunmen attacked a checkpoint near Kati on Sunday, killing two soldiers. The group had previously kidnapped two aid workers near Gao.")]
    [InlineData("en", "BAMAKO – Gunmen attacked a checkpoint near Kati on Sunday, killing two soldiers. The attack recalls the massacre at Solhan, where at least 130 people were killed by gunmen.")]
    public void Analyze_BackgroundSentenceAfterTheNews_IsOneHistoricalEvent(string lang, string text)
    {
        var events = Extract(lang, "2025-06-10", text);

        Assert.Equal(2, events.Count);
        Assert.Single(events, e => e.Historical);
        Assert.Equal(new DateOnly(2025, 6, 8), events.Single(e => !e.Historical).EventDate);
    }

    [Theory]
    [InlineData("en", "BAMAKO – Gunmen attacked a checkpoint near Kati on Sunday, killing two soldiers. Since 2012, the conflict has killed thousands of people in the region.")]
    [InlineData("en", "BAMAKO – Gunmen attacked a checkpoint near Kati on Sunday, killing two soldiers. Jihadists have killed more than 200 soldiers in the region since January.")]
    [InlineData("fr", "BAMAKO – Des hommes armés ont attaqué dimanche un poste près de Kati, tuant deux soldats. Depuis janvier, les jihadistes ont tué plus de 200 soldats dans la région.")]
    public void Analyze_TallySinceAnOldDate_IsNoEvent(string lang, string text)
    {
        var events = Extract(lang, "2025-06-10", text);

        var news = Assert.Single(events);
        Assert.Equal(2, news.Fatalities);
    }

    [Fact]
    public void Analyze_EnglishFightingSinceARecentDay_IsAnEvent()
    {
        var events = Extract("en", "2025-06-10", "BAMAKO – Fighting has raged near Kati since Sunday, killing 12 soldiers, residents said.");

        var fighting = Assert.Single(events);
        Assert.Equal(12, fighting.Fatalities);
    }
    /// <summary>« drones kamikazes », "suicide drones": loitering munitions strike from the air; no one blows himself up.</summary>
    [Theory]
    [InlineData("fr", "Des drones kamikazes ont frappé samedi un marché de Tessit, dans la région de Gao, tuant six civils, selon des élus locaux.")]
    [InlineData("en", "Suicide drones struck a market in Tessit, in Mali's Gao region, on Saturday, killing six civilians, local officials said.")]
    public void Analyze_SuicideDrones_AreOneAirStrike(string lang, string text)
    {
        var strike = Assert.Single(Extract(lang, "2024-03-10", text));

        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal(6, strike.Fatalities);
    }

    /// <summary>« ont rejoint la base », "made it back to their barracks": survivors reaching a post join no group.</summary>
    [Theory]
    [InlineData("fr", "Des hommes armés ont attaqué samedi un poste de gendarmerie à Koro. Sur 40 gendarmes, 17 ont rejoint la caserne de Bankass, les autres sont portés disparus.")]
    [InlineData("fr", "Des hommes armés ont attaqué samedi un poste de gendarmerie à Koro. Une dizaine de rescapés ont rejoint leur base dans la soirée.")]
    [InlineData("en", "Gunmen attacked a gendarmerie post in Koro on Saturday. Of 40 gendarmes, 17 rejoined the base at Bankass and the rest are missing.")]
    public void Analyze_SurvivorsJoiningAPost_IsNoChangeToAGroup(string lang, string text)
    {
        var events = Extract(lang, "2024-03-10", text);

        Assert.DoesNotContain(events, e => e.SubEventType == "Change to group/activity");
        Assert.Contains(events, e => e.SubEventType == "Armed clash");
    }

    /// <summary>« survient deux mois après le coup d'État »: a known event set weeks or more before the news is recalled, not reported.</summary>
    [Theory]
    [InlineData("fr", "Quatre soldats ont été tués samedi dans une embuscade près de Tessit. Cette embuscade survient deux mois après le coup d'État mené par le colonel.")]
    [InlineData("en", "Four soldiers were killed on Saturday in an ambush near Tessit. The ambush comes two months after the coup led by the colonel.")]
    public void Analyze_KnownEventTheNewsComesWeeksAfter_IsBackground(string lang, string text)
    {
        var events = Extract(lang, "2024-03-10", text);

        Assert.Contains(events, e => !e.Historical && e.SubEventType == "Armed clash");
        Assert.DoesNotContain(events, e => !e.Historical && e.SubEventType == "Other");
    }
    /// <summary>
    /// A convoy between two towns far apart (« quittant Ansongo pour Tessit »), then « ledit convoi » hit near the far end:
    /// one incident, not one at each town.
    /// </summary>
    [Theory]
    [InlineData("fr", "Mardi 12 mars 2024, un convoi de l'armée quittant Ansongo pour Tessit a essuyé des tirs. Ledit convoi est tombé dans une embuscade aux abords de Tessit. Neuf soldats ont péri.")]
    [InlineData("en", "On Tuesday 12 March 2024, an army convoy travelling from Ansongo to Tessit came under attack. The aforementioned convoy was ambushed near Tessit. Nine soldiers were killed.")]
    public void Analyze_ConvoyOnARoadToldAgainByReferringBack_IsOneIncident(string lang, string text)
    {
        var ambush = Assert.Single(Extract(lang, "2024-03-14", text));

        Assert.Equal(new DateOnly(2024, 3, 12), ambush.EventDate);
        Assert.Equal("Tessit", ambush.Location);
        Assert.Equal(9, ambush.Fatalities);
    }
    /// <summary>The same abduction told at a village, then in the district (cercle) the village lies in: one incident, at the village.</summary>
    [Fact]
    public void Analyze_AbductionToldAtAVillageThenInItsDistrict_IsOneIncident()
    {
        var events = Extract("fr", "2024-03-11", "Trois enseignants ont été enlevés vendredi dans le centre du Mali, selon un élu de la région de Mopti.\n\n"
            + "« Vendredi vers 17 heures, trois enseignants ont été enlevés à Wawassi », selon un conseiller communal.\n\n"
            + "« Trois de nos collègues, enlevés le vendredi 8 mars 2024 dans le cercle de Douentza, restent introuvables », a écrit leur syndicat samedi.");

        var abduction = Assert.Single(events);
        Assert.Equal("Wawassi", abduction.Location);
        Assert.Equal(new DateOnly(2024, 3, 8), abduction.EventDate);
    }
    /// <summary>« une embuscade vers Léré »: bare « vers » places an event around a town; only a verb of motion (« se dirigeait vers ») makes it a destination.</summary>
    [Theory]
    [InlineData("Des jihadistes ont tendu samedi une embuscade à l'armée vers Léré, tuant trois soldats.", "Lere")]
    [InlineData("Des jihadistes ont tendu samedi à Niono une embuscade à un convoi de l'armée qui se dirigeait vers Léré, tuant trois soldats.", "Niono")]
    public void Analyze_FrenchVers_IsAroundUnlessAfterAVerbOfMotion(string text, string location)
    {
        var ambush = Assert.Single(Extract("fr", "2024-03-10", text));

        Assert.Equal(location, ambush.Location);
    }
    /// <summary>"in Gorkila town, Gwoza Local Government Area": a village the gazetteer lacks, named as a town, is coded to its area, not to the area's seat.</summary>
    [Fact]
    public void Analyze_UnknownTownNamedByAWordAfterIt_IsCodedToItsAreaAtPrecisionTwo()
    {
        var attack = Assert.Single(Extract("en", "2024-03-10", "Gunmen killed six civilians on Saturday in Gorkila town, Gwoza Local Government Area, local officials said."));

        Assert.Equal("Gwoza", attack.Location);
        Assert.Equal(2, attack.GeoPrecision);
    }

    /// <summary>« lors d'une opération menée par X »: the force that led the operation a person was killed in is the one that acted.</summary>
    [Fact]
    public void Analyze_KilledInAnOperationLedByAForce_HasThatForceAsActor1()
    {
        var killing = Assert.Single(Extract("fr", "2024-03-05", "Gao (Mali) – Un chef local de l'État islamique a péri samedi lors d'une opération menée par l'armée française près de Ménaka."));

        Assert.StartsWith("Military Forces of France", killing.Actor1 ?? "", StringComparison.Ordinal);
    }
}
