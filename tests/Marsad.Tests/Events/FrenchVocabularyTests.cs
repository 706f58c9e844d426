using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>French words of general news usage added to the lexicons, each in a short sentence written for this test.</summary>
public sealed class FrenchVocabularyTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("DORI – Trois bergers ont été égorgés lundi par des hommes armés près du village de Seytenga.")]
    [InlineData("MOPTI – Une patrouille de l'armée est tombée mardi dans un guet-apens tendu par des jihadistes près de Boni.")]
    [InlineData("GAO – Douze terroristes ont été éliminés jeudi par l'armée près d'Ansongo.")]
    [InlineData("FADA N'GOURMA – Deux gendarmes ont été tués mercredi par un engin explosif artisanal près de Boungou.")]
    [InlineData("DJIBO – Des hommes armés ont saccagé samedi le marché de Djibo.")]
    [InlineData("BANKASS – Des hommes armés ont mitraillé dimanche un car de transport près de Bankass, tuant quatre passagers.")]
    [InlineData("KAYA – Une patrouille de gendarmes a été prise à partie lundi par des attaquants près de Kaya.")]
    [InlineData("DIFFA – Cinq pêcheurs ont été enlevés mardi par des hommes en armes près de Bosso.")]
    [InlineData("TILLABÉRI – Des inconnus ont abattu lundi deux chefs coutumiers près d'Ayorou.")]
    [InlineData("KAYA – Neuf soldats sont tombés au champ d'honneur lundi lors d'une attaque contre leur poste près de Kaya.")]
    [InlineData("DJIBO – Un car de transport a percuté une mine mardi près de Djibo, tuant trois passagers.")]
    [InlineData("DORI – Des bergers ont été pris en étau jeudi par des hommes armés près de Seytenga.")]
    [InlineData("DIOURA – Des hommes armés ont emporté lundi plus de deux cents têtes de bétail près de Dioura.")]
    [InlineData("DORI – Des centaines de manifestants ont défilé mardi à Dori pour réclamer des vivres.")]
    [InlineData("MARADI – Une manifestation des étudiants a paralysé mardi le centre de Maradi.")]
    public void Analyze_NewFrenchWord_ReportsOneEvent(string text)
    {
        Assert.Single(fixture.Events(text));
    }

    [Theory]
    [InlineData("ZINDER – Des heurts ont opposé mardi des manifestants aux forces de l'ordre devant la mairie de Zinder.", "Violent demonstration")]
    [InlineData("MARADI – Une marche pacifique des enseignants a été violemment réprimée samedi par la police à Maradi.", "Protest with intervention")]
    [InlineData("TAHOUA – Les policiers ont tiré à balles réelles sur les manifestants vendredi à Tahoua, faisant trois morts.", "Excessive force against protesters")]
    [InlineData("GAO – Lors d'une opération menée lundi près de Gao, l'armée a interpellé neuf suspects.", "Arrests")]
    [InlineData("DOUENTZA – Cinq passagers ont été tués par une mine mercredi sur la route de Boni.", "Remote explosive/landmine/IED")]
    [InlineData("KOUDOUGOU – Des manifestants en colère ont incendié samedi le commissariat de Koudougou.", "Violent demonstration")]
    [InlineData("ANSONGO – Un véhicule de la garde nationale a sauté mardi sur une mine près d'Ansongo, tuant deux gardes.", "Remote explosive/landmine/IED")]
    public void Analyze_FrenchDemonstrationArrestOrMine_IsOneEventOfItsType(string text, string subEventType) =>
        Assert.Equal(subEventType, Assert.Single(fixture.Events(text)).SubEventType);

    [Fact]
    public void Analyze_AttackThatCostLives_CountsTheDead() =>
        Assert.Equal(9, Assert.Single(fixture.Events("MÉNAKA – L'attaque de jeudi contre le village d'Inékar a coûté la vie à neuf civils.")).Fatalities);

    /// <summary>« Un véhicule de patrouille a heurté un engin explosif »: the vehicle that hit the device is its target, not a bystander.</summary>
    [Fact]
    public void Analyze_PatrolThatHitADevice_IsTheTarget() =>
        Assert.Equal("Military Forces of Niger (2023-)", Assert.Single(fixture.Events("TILLABÉRI – Lundi, un véhicule de patrouille de l'armée nigérienne a heurté un engin explosif près du village de Tamou.")).Actor2);

    [Fact]
    public void Analyze_SoldiersFallen_AreItsToll() =>
        Assert.Equal(9, Assert.Single(fixture.Events("KAYA – Neuf soldats sont tombés au champ d'honneur lundi lors d'une attaque contre leur poste près de Kaya.")).Fatalities);

    [Fact]
    public void Analyze_AnotherAttackNearby_IsAnEventOfItsOwn() =>
        Assert.Equal(2, fixture.Events("BANKASS – Au moins quinze villageois ont péri lundi lors d'une attaque visant le village de Ségué, près de Bankass. "
                                       + "Une autre attaque a eu lieu lundi aussi dans le village voisin de Sokoura, où deux personnes ont été tuées.").Length);

    /// <summary>A gendarmerie post or detachment attacked stands for the gendarmerie, even after an inserted date.</summary>
    [Fact]
    public void Analyze_GendarmerieDetachmentStormed_IsTheTarget() =>
        Assert.Equal("Police Forces of Burkina Faso", Assert.Single(fixture.Events(
            "DORI – Dimanche 3 mars au soir, un détachement de la gendarmerie a été pris d'assaut près de Dori par des hommes armés qui ont tué six gendarmes.")).Actor2?.Split(" (")[0]);

    /// <summary>« prises pour cibles » is an attack, not a taking of territory (« prises » alone would be).</summary>
    [Fact]
    public void Analyze_TakenAsTargets_IsNoTakingOfTerritory() =>
        Assert.NotEqual("Non-state actor overtakes territory", Assert.Single(fixture.Events(
            "MORA – Des femmes ont été prises pour cibles lundi près de Mora par des hommes armés.")).SubEventType);
}
