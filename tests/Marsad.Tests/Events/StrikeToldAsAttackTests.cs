using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// A strike retold as "the attack" or "the operation", or as shelling (قصف), is that strike: one event. Sentences written
/// for these tests.
/// </summary>
public sealed class StrikeToldAsAttackTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // "who carried out the attack" after the strike.
    [InlineData("موبتي – مرصد: قتل سبعة رعاة في غارة جوية استهدفت مخيما قرب بلدة دوينتزا يوم الأحد. ولم يعرف بعد من نفذ الهجوم.")]
    // The drones told first, then the army's operation that killed.
    [InlineData("غاو – مرصد: قصفت طائرات مسيرة مخابئ للمسلحين قرب بلدة أنسونغو ليلة الأحد. وأعلن الجيش المالي أمس الاثنين أن عملية عسكرية أسفرت عن تحييد تسعة إرهابيين.")]
    // قصف after the strike it retells.
    [InlineData("سيغو – مرصد: قالت مصادر محلية إن غارة جوية للجيش أصابت سوقا قرب بلدة نيونو أمس الأحد وقتلت ستة أشخاص. وأضافت المصادر أن الطائرات قصفت السوق وقت الظهيرة.")]
    // An "air attack" is a strike.
    [InlineData("ميناكا – مرصد: قتل أربعة مدنيين في هجوم جوي استهدف قرية قرب بلدة ميناكا يوم السبت.")]
    public void Analyze_StrikeRetoldAsAttack_IsOneStrike(string text)
    {
        var strike = Assert.Single(fixture.Events(text));

        Assert.Equal("Air/drone strike", strike.SubEventType);
    }

    /// <summary>
    /// « une attaque à l'IED », « une attaque au mortier »: an attack noun with its weapon after a preposition is that weapon's
    /// blast or shelling, so a source retelling the blast that way tells the same incident.
    /// </summary>
    [Theory]
    [InlineData("Deux gendarmes sont morts lundi dans l'explosion d'une mine près de Seytenga, selon des sources locales. « Une patrouille a subi une attaque à l'IED près de Seytenga », a dit un élu. « Leur véhicule a roulé sur une mine », a ajouté un autre témoin.", "Remote explosive/landmine/IED")]
    [InlineData("Deux gendarmes sont morts mardi à cause d'un engin artisanal près de Seytenga, dans la région du Sahel. « Une unité en mission a subi une attaque à l'IED (engin explosif improvisé) près de Seytenga, non loin de Dori. Deux hommes sont tombés », a dit un élu. « Leur véhicule a roulé sur une mine », a ajouté un autre témoin.", "Remote explosive/landmine/IED")]
    [InlineData("GAO – Le camp de l'armée à Ansongo a essuyé des tirs de mortier dimanche, sans faire de victime. « C'était une attaque au mortier contre le camp », a précisé un officier.", "Shelling/artillery/missile attack")]
    public void Analyze_AttackNamedWithItsWeapon_IsThatWeaponsEvent(string text, string subEventType)
    {
        var blast = Assert.Single(fixture.Events(text));

        Assert.Equal(subEventType, blast.SubEventType);
    }

    /// <summary>A group's assault on the ground and the army's strikes on the attackers the next day, elsewhere, stay two events.</summary>
    [Fact]
    public void Analyze_GroundAssaultByAGroupThenStrikes_StayTwoEvents()
    {
        var events = fixture.Events("كايس – مرصد: هاجم مقاتلو جماعة نصرة الإسلام والمسلمين نقطة للدرك قرب بلدة ديبولي يوم الأحد وقتلوا ثلاثة دركيين. وقال الجيش أمس إن مروحياته شنت غارات على المهاجمين قرب بلدة نيورو يوم الاثنين وقتلت خمسة منهم.");

        Assert.Equal(["Air/drone strike", "Armed clash"], events.Select(e => e.SubEventType).Order());
    }

    /// <summary>"Suicide drones" are drones, not suicide bombers, and an attack made with them (ب) is their strike: one event.</summary>
    [Fact]
    public void Analyze_AttackWithSuicideDrones_IsOneDroneStrike()
    {
        var strike = Assert.Single(fixture.Events("تمبكتو – مرصد: قتل ثلاثة جنود في هجوم بطائرات مسيرة انتحارية استهدف ثكنة للجيش المالي قرب بلدة غوندام ليلة الثلاثاء."));

        Assert.Equal("Air/drone strike", strike.SubEventType);
    }

    /// <summary>A strike on an army post that names no striker is not the army's own: armed groups fly drones too.</summary>
    [Fact]
    public void Analyze_UnclaimedDronesOnAnArmyPost_AreAnArmedGroupsStrike()
    {
        var strike = Assert.Single(fixture.Events("تمبكتو – مرصد: قتل ثلاثة جنود عندما أصابت مسيرات مفخخة ثكنة للجيش المالي قرب بلدة غوندام ليلة الثلاثاء."));

        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", strike.Actor1 ?? "", StringComparison.Ordinal);
    }
}
