using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>The acts of ACLED's rarer sub-event types, and how an incident's acts decide its type, on short articles written for them.</summary>
public sealed class ActTypingTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // An event noun qualified by a weapon is one trigger: the weapon decides.
    [InlineData("نجامينا – قتل 12 شخصا في هجمات انتحارية استهدفت سوقا في بلدة بول مساء السبت.", "Suicide bomb")]
    // A verb of witnessing before one attack reports it; only plural event nouns after it make a tally.
    [InlineData("مايدوغوري – شهدت مدينة غامبورو صباح اليوم هجوماً انتحارياً استهدف مسجدها وراح ضحيته 14 مصلياً.", "Suicide bomb")]
    [InlineData("N'DJAMENA – Douze personnes ont été tuées samedi dans des attaques kamikazes contre le marché de Bol.", "Suicide bomb")]
    // Explosions heard beside an assault (what underwent it is named before a verb of undergoing) are the sound of the fighting; an explosion alone is a bomb.
    [InlineData("باماكو – تعرض معسكر للجيش في بلدة كاتي صباح الاثنين لهجوم نفذه مسلحون، وسمع السكان إطلاق نار كثيف وانفجارات.", "Armed clash")]
    [InlineData("نيامي – قتل ثلاثة مدنيين في انفجار هز سوقا في بلدة أيورو أمس.", "Remote explosive/landmine/IED")]
    // غارة is also a raid on the ground: a group with no aircraft makes one on foot.
    [InlineData("ديفا – شنت جماعة بوكو حرام غارة على قرية قرب مدينة ديفا مساء الجمعة وقتلت 12 مدنيا.", "Attack")]
    [InlineData("نيامي – شنت طائرات الجيش غارة على مواقع لتنظيم داعش قرب بلدة أيورو أمس.", "Air/drone strike")]
    // A civilian place attacked stands for the civilians in it.
    [InlineData("باماكو – قتل خمسة أشخاص ليل الجمعة في هجوم استهدف مطعما في حي مكتظ في العاصمة المالية.", "Attack")]
    [InlineData("BAMAKO – Gunmen opened fire on a restaurant in Bamako on Friday night, killing five, police said.", "Attack")]
    // A release ends a captivity: an agreement when the article does not tell the abduction.
    [InlineData("نيامي – أفرجت جماعة نصرة الإسلام والمسلمين أمس عن رهينة ألماني قرب بلدة أيورو، وفق مصادر أمنية.", "Agreement")]
    [InlineData("نيامي – أفرج مسلحون أمس عن تاجر اختطفوه قبل أسبوعين قرب بلدة أيورو.", "Abduction/forced disappearance")]
    [InlineData("KIDAL – The army and the rebels signed a ceasefire on Monday in Kidal, officials said.", "Agreement")]
    [InlineData("واغادوغو – تمكنت وحدة من الجيش أمس من تفكيك عبوة ناسفة زرعت على الطريق قرب بلدة جيبو.", "Disrupted weapons use")]
    [InlineData("NIAMEY – Gunmen raped four women on Sunday near the village of Ayorou, residents said.", "Sexual violence")]
    [InlineData("BAMAKO – Une foule en colère a lynché lundi deux voleurs présumés sur le marché de Kati, selon des témoins et la police.", "Mob violence")]
    [InlineData("MOPTI – Jihadists set up a base on Monday in the forest near the village of Boni, residents said.", "Headquarters or base established")]
    // Soldiers in revolt who seize their camp and detain a minister: a coup's development, not an abduction.
    [InlineData("باماكو – تمرد جنود أمس في معسكر كاتي قرب العاصمة واعتقلوا وزير الدفاع.", "Other")]
    public void Analyze_ActOfTheArticle_DecidesTheSubEventType(string text, string subEventType)
    {
        var coded = Assert.Single(fixture.Events(text));

        Assert.Equal(subEventType, coded.SubEventType);
    }

    [Fact]
    public void Analyze_SoldiersInRevolt_AreTheMutinyOfTheirForce()
    {
        var coded = Assert.Single(fixture.Events("باماكو – اعتقل جنود متمردون أمس وزير الدفاع في معسكر كاتي قرب العاصمة."));

        Assert.Equal("Mutiny of Military Forces of Mali (2021-)", coded.Actor1);
    }

    [Fact]
    public void Analyze_ActWordInsideAGroupsName_ReportsNoAct()
    {
        var coded = Assert.Single(fixture.Events("BAMAKO – Le Front de libération de l'Azawad a revendiqué lundi une attaque contre un poste de l'armée à Léré."));

        Assert.Equal("Armed clash", coded.SubEventType);
    }

    [Fact]
    public void Analyze_ReleaseOfNoOne_IsNoEvent()
    {
        Assert.Empty(fixture.Events("MOPTI – A video released by the group on Monday shows its fighters near the village of Boni, residents said."));
    }
}
