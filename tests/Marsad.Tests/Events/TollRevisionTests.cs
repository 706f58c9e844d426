using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// A toll told as replacing an earlier one wins over it whatever their sizes; a toll told as superseded yields to any other
/// count, and a day told with it dates that earlier report, not a second incident; parts of a toll (others, one person
/// listed before a count) add up. Short articles written for the test.
/// </summary>
public sealed class TollRevisionTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // The new toll is higher than the first one: the lowest no longer wins.
    [InlineData("Niamey – Des hommes armés ont attaqué lundi une patrouille près de Téra, tuant 9 soldats, selon un premier bilan. Le bilan s'est alourdi à 12 soldats tués, selon l'armée.", 12)]
    [InlineData("Niamey – Le bilan de l'embuscade tendue lundi à une patrouille près de Téra est passé à 14 soldats tués, selon l'armée. Le bilan provisoire faisait état de 10 soldats tués.", 14)]
    // The superseded toll is lower than the current one, and its day is the earlier report's.
    [InlineData("Niamey – Des hommes armés ont tué 11 gendarmes mercredi dans une attaque contre un poste à Téra. Un précédent bilan faisait état jeudi de 8 morts.", 11)]
    [InlineData("Niamey – Gunmen killed 10 soldiers on Monday in an attack on a post near Tera, the army said. An earlier toll had put the dead at 6.", 10)]
    // A bare figure the update gives, with no noun of the dead after it, counts the dead of the killing told before.
    [InlineData("Niamey – Gunmen killed six herders on Monday near Tera, the mayor said. The toll later rose to 9 as two of the wounded died overnight.", 9)]
    [InlineData("Niamey – Des hommes armés ont tué six éleveurs lundi près de Téra. Selon le maire, le bilan est passé à 9 mardi matin.", 9)]
    // The toll of the attack rose, not a tally of several: the raised figure is the attack's.
    [InlineData("نيامي – قتل مسلحون ستة جنود يوم الاثنين في هجوم على موقع عسكري قرب تيرا. وارتفعت حصيلة قتلى الهجوم يوم الثلاثاء إلى تسعة جنود بعد وفاة ثلاثة جرحى.", 9)]
    public void Analyze_RevisedToll_GivesTheCurrentFigureToOneEvent(string text, int fatalities)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal(fatalities, attack.Fatalities);
    }

    /// <summary>A sentence that only says the act told before happened dates it.</summary>
    [Theory]
    [InlineData("Ouahigouya – Des hommes armés ont enlevé trois enseignants près de Djibo. Les faits se sont produits le samedi 2 mars 2024.")]
    [InlineData("Ouahigouya – Gunmen abducted three teachers near Djibo. The abduction took place on Saturday 2 March 2024.")]
    public void Analyze_OccurrenceSentence_DatesTheActBefore(string text)
    {
        var abduction = Assert.Single(fixture.Events(text));

        Assert.Equal(new DateOnly(2024, 3, 2), abduction.EventDate);
    }

    /// <summary>Deaths counted with a definite noun after « N heures après » are an earlier incident of their own, not the news's.</summary>
    [Fact]
    public void Analyze_CountedDeathsAfterASequelCue_AreAnotherIncident()
    {
        var events = fixture.Events("Niamey – Des hommes armés ont attaqué lundi un poste de gendarmerie près de Téra, tuant huit gendarmes. "
                                    + "Cette attaque survient 48 heures après la mort de cinq policiers dans une embuscade près de Dori.");

        Assert.Equal(2, events.Length);
        Assert.Contains(events, e => e.Fatalities == 8);
    }

    /// <summary>Others killed, told in a sentence of their own, are more dead of the same incident: the counts add.</summary>
    [Theory]
    [InlineData("Niamey – Des hommes armés ont tué six soldats lundi lors de l'attaque d'un poste près de Téra. Quatre autres ont été tués dans l'embuscade tendue aux renforts envoyés sur place.")]
    [InlineData("Niamey – Gunmen killed six soldiers on Monday in an attack on a post near Tera. Four others were killed when the reinforcements sent there were ambushed.")]
    [InlineData("نيامي – قتل مسلحون ستة جنود يوم الاثنين في هجوم على موقع عسكري قرب تيرا. كما قتل أربعة آخرون في كمين استهدف التعزيزات التي أرسلت إلى المكان.")]
    public void Analyze_OthersKilledInTheirOwnSentence_AddToTheToll(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal(10, attack.Fatalities);
    }

    /// <summary>One person listed before a counted group is one more dead.</summary>
    [Theory]
    [InlineData("نيامي – قتل شرطي وأربعة مدنيين مساء الجمعة في هجوم شنه مسلحون على حاجز أمني قرب تيرا.")]
    [InlineData("Niamey – Gunmen killed a policeman and four civilians on Friday evening in an attack on a checkpoint near Tera.")]
    // A national told by the demonym alone is one person beside the others counted.
    [InlineData("نيامي – قتل فرنسي وأربعة نيجريين مساء الجمعة في هجوم شنه مسلحون على مطعم في تيرا.")]
    public void Analyze_OnePersonListedBeforeACount_AddsOne(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal(5, attack.Fatalities);
    }
}
