using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// A force telling its own deeds: "the army said it killed", with the deed's subject only a pronoun (or "its troops") after the
/// report. The speaker did it, so the army's pursuit after an attack on villagers is a clash of its own, not more deaths of the
/// villagers' attack. Sentences written for these tests.
/// </summary>
public sealed class ReportedSpeakerTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("Gunmen killed nine herders near the village of Tamou in Niger on Sunday. The army later said it had killed 15 of the attackers during a pursuit.")]
    [InlineData("Gunmen killed nine herders near the village of Tamou in Niger on Sunday. The army later said its troops killed 15 of the attackers during a pursuit.")]
    [InlineData("Des hommes armés ont tué neuf éleveurs dimanche près du village de Tamou, au Niger. L'armée a indiqué plus tard qu'elle avait tué 15 assaillants lors d'une poursuite.")]
    [InlineData("قتل مسلحون تسعة رعاة قرب قرية تامو في النيجر يوم الأحد. وقال الجيش لاحقا إنه قتل 15 من المهاجمين خلال عملية ملاحقة.")]
    public void Analyze_ArmySaysItKilledTheAttackers_IsAClashOfItsOwn(string text)
    {
        var events = fixture.Events(text, new DateOnly(2024, 3, 11));

        var attack = Assert.Single(events, e => e.SubEventType == "Attack");
        Assert.Equal(9, attack.Fatalities);
        var pursuit = Assert.Single(events, e => e.SubEventType == "Armed clash");
        Assert.Equal("Military Forces of Niger (2023-)", pursuit.Actor1);
        Assert.Equal(15, pursuit.Fatalities);
    }

    /// <summary>A group that says it did the deed, by an infinitive or by a light verb, claims the incident told before.</summary>
    [Theory]
    [InlineData("Des hommes armés ont attaqué jeudi un poste de gendarmerie à Tessit. Le JNIM a affirmé vendredi dans un communiqué avoir tué neuf gendarmes.")]
    [InlineData("Gunmen attacked a gendarmerie post in Tessit on Thursday. On Friday the Group to Support Islam and Muslims said it had carried out the assault.")]
    public void Analyze_GroupSaysItDidTheDeed_IsTheActor(string text)
    {
        var attack = Assert.Single(fixture.Events(text, new DateOnly(2024, 3, 11)));

        Assert.Equal("JNIM: Group for Support of Islam and Muslims", attack.Actor1);
    }
}
