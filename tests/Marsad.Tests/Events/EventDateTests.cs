using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>How an event's date and historical flag are chosen, on sentences written for these tests, through the shipped pipeline.</summary>
public sealed class EventDateTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private List<EventRecord> Extract(string lang, string? published, string text) =>
        [.. fixture.Pipeline.Analyze(new Article
        {
            Id = "t",
            Lang = lang,
            Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Retrieved = new DateOnly(2026, 11, 24),
            Text = text,
        }).Events];

    private EventRecord Single(string lang, string? published, string text) => Assert.Single(Extract(lang, published, text));

    [Theory]
    [InlineData("ar", "ومنذ 2015، قتل أكثر من 900 شخص في هجمات مسلحة في شمال البلاد.")]
    [InlineData("ar", "وأسفرت هذه الهجمات عن أكثر من 270 قتيلا منذ مطلع 2016.")]
    [InlineData("ar", "وقتل المئات منذ يناير في اشتباكات بين الصيادين والرعاة.")]
    [InlineData("fr", "Depuis 2015, les attaques ont fait plus de 900 morts dans le nord du pays.")]
    [InlineData("en", "Since 2015, attacks have killed more than 900 people in the north.")]
    public void Analyze_TollSinceADate_IsATallyNotAnEvent(string lang, string text)
    {
        Assert.Empty(Extract(lang, "2020-08-08", text));
    }

    /// <summary>
    /// Deaths from attacks in the plural over a period counted back from "since" are a tally, with the article's date known or
    /// not; a single killing "since" a time ago is dated ("three years ago") and stays an event.
    /// </summary>
    [Theory]
    [InlineData("2020-08-08", "وتسببت هجمات الجماعات المسلحة على ولايات الوسط منذ أربع سنوات في مقتل أكثر من 700 مدني.", 0)]
    [InlineData(null, "وتسببت هجمات الجماعات المسلحة على ولايات الوسط منذ أربع سنوات في مقتل أكثر من 700 مدني.", 0)]
    [InlineData("2020-08-08", "وقتل مسلحون منذ أربع سنوات سبعة رعاة قرب بلدة تيلابيري.", 1)]
    public void Analyze_TollOfAttacksSinceAPeriodCountedBack_IsATally(string? published, string text, int events)
    {
        Assert.Equal(events, Extract("ar", published, text).Count);
    }

    /// <summary>A date in a clause opened by a subordinating word (حيث، while, tandis que) tells of that clause, not of the event before it.</summary>
    [Theory]
    [InlineData("ar", "دوينتزا – مرصد: قتل مسلحون 12 مدنيا في قرية قرب بلدة دوينتزا، حيث شهدت المنطقة توترا متصاعدا في أغسطس 2024.")]
    [InlineData("fr", "DOUENTZA – Des hommes armés ont tué 12 civils dans un village près de Douentza, tandis que la région avait connu de vives tensions en août 2024.")]
    [InlineData("en", "DOUENTZA – Gunmen killed 12 civilians in a village near Douentza, while the region had seen rising tension in August 2024.")]
    public void Analyze_DateOfASubordinateClause_DoesNotDateTheEventBeforeIt(string lang, string text)
    {
        var attack = Single(lang, "2025-03-10", text);

        Assert.False(attack.Historical);
        Assert.NotEqual(2024, attack.EventDate?.Year);
    }

    [Theory]
    [InlineData("ar", "قال ضابط في الجيش المالي موجود في إنديليمان يوم السبت إن الإرهابيين شنوا هجوما مباغتا على الموقع العسكري. ووقع الهجوم الجمعة قرب ميناكا.")]
    [InlineData("en", "An officer of the Malian army stationed at the Indelimane post for two years told reporters on Saturday that the militants attacked the base. The attack took place on Friday near Menaka.")]
    public void Analyze_DateOfWhatWasSaid_DatesTheSayingNotTheEvent(string lang, string text)
    {
        var attack = Single(lang, "2019-11-04", text);

        Assert.Equal(new DateOnly(2019, 11, 1), attack.EventDate);
    }

    [Fact]
    public void Analyze_RelativeClauseAboutTheEventNoun_DatesIt()
    {
        var attack = Single("en", "2025-02-15", "Gunmen stormed a police station in Diffa, killing two officers. The attack, which took place last Tuesday near the market, lasted for two hours.");

        Assert.Equal(new DateOnly(2025, 2, 11), attack.EventDate);
    }

    [Theory]
    [InlineData("Le 3 mars 2019, trois gendarmes ont été blessés et un véhicule incendié dans l'attaque du poste de gendarmerie de Téra.", "2019-03-03", "Armed clash")]
    [InlineData("L'explosion d'une mine au passage d'un camion de l'armée près de Téra avait fait deux soldats blessés, le jeudi 14 février 2019.", "2019-02-14",
        "Remote explosive/landmine/IED")]
    public void Analyze_DefiniteNounInADatedSentence_IsDatedBackgroundOfItsOwn(string recall, string date, string type)
    {
        var events = Extract("fr", "2024-06-12", "Des hommes armés ont attaqué mardi un poste militaire à Téra, tuant cinq soldats. " + recall);

        Assert.Contains(events, e => !e.Historical && e.EventDate == new DateOnly(2024, 6, 11));
        Assert.Contains(events, e => e.Historical && e.EventDate == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) && e.SubEventType == type);
    }

    [Fact]
    public void Analyze_DeathsToldBeforeTheirAttack_GoWithThatAttack()
    {
        var events = Extract("fr", "2024-06-12",
            "Des hommes armés ont attaqué mardi un poste militaire à Téra. Le 8 avril 2018, le maire de Téra a été tué devant sa maison par des hommes armés. "
            + "L'explosion d'une mine au passage d'un véhicule militaire avait fait trois soldats blessés, le mardi 31 octobre 2017. "
            + "Quatre soldats ont été tués et cinq autres blessés dans une attaque contre le détachement de Nassoumbou en janvier 2019.");

        Assert.Contains(events, e => e.Historical && e.EventDate == new DateOnly(2019, 1, 15) && e.Fatalities == 4);
        Assert.Contains(events, e => e.Historical && e.EventDate == new DateOnly(2017, 10, 31) && e.SubEventType == "Remote explosive/landmine/IED");
    }

    [Fact]
    public void Analyze_PageStampedAfterTheReport_DatesNoEvent()
    {
        var killing = Single("fr", "2024-06-12", "date 2024-09 Des hommes armés ont tué cinq civils près de Djibo.");

        Assert.Equal((new DateOnly(2024, 6, 12), 2), (killing.EventDate!.Value, killing.TimePrecision!.Value));
    }

    /// <summary>A weekday in a text known only to be of some month is a day of that month, not its last such weekday.</summary>
    [Theory]
    [InlineData("fr", " date 2023-04 Des hommes armés ont enlevé jeudi soir deux commerçants près de Kadiolo, a indiqué vendredi un élu local.")]
    [InlineData("en", " date 2023-04 Gunmen kidnapped two traders near Kadiolo on Thursday evening, a local official said on Friday.")]
    public void Analyze_WeekdayInAMonthOnlyText_IsCodedToTheMonth(string lang, string text)
    {
        var abduction = Single(lang, null, text);

        Assert.Equal(3, abduction.TimePrecision);
        Assert.Equal((2023, 4), (abduction.EventDate!.Value.Year, abduction.EventDate!.Value.Month));
    }

    /// <summary>A date on each side of an event noun: the one after it is the event's, the one before dates the toll's telling.</summary>
    [Theory]
    [InlineData("fr", "Le ministère a publié mardi un décompte provisoire de l'embuscade dressée contre un convoi lundi matin près de Nampala. D'après le ministère, neuf soldats ont péri.")]
    [InlineData("en", "The ministry released on Tuesday a provisional count of the ambush set for a convoy on Monday morning near Nampala. According to the ministry, nine soldiers were killed.")]
    public void Analyze_TollGivenTheDayAfterTheAmbush_IsDatedToTheAmbush(string lang, string text)
    {
        var ambush = Single(lang, "2024-03-05", text);

        Assert.Equal((new DateOnly(2024, 3, 4), 9), (ambush.EventDate!.Value, ambush.Fatalities!.Value));
    }
}
