using Marsad.Events;
using Marsad.Resources;

namespace Marsad.Tests.Events;

public class EventTypingTests
{
    private static readonly EventFacts None = new(null, false, null, false, false);
    private static readonly EventTyping Typing = EventTyping.Load(ResourceStore.Embedded);

    [Theory]
    [InlineData(new[] { Act.Attack }, ActorKinds.Jihadist, ActorKinds.StateForces, "Battles", "Armed clash")]
    [InlineData(new[] { Act.Attack }, ActorKinds.Jihadist, ActorKinds.Civilians, "Violence against civilians", "Attack")]
    [InlineData(new[] { Act.Ambush, Act.Kill }, ActorKinds.Jihadist, ActorKinds.StateForces, "Battles", "Armed clash")]
    [InlineData(new[] { Act.Clash }, ActorKinds.Jihadist, ActorKinds.Jihadist, "Battles", "Armed clash")]
    [InlineData(new[] { Act.Clash, Act.Kill }, ActorKinds.UnidentifiedArmed, null, "Battles", "Armed clash")]
    [InlineData(new[] { Act.Kill }, ActorKinds.StateForces, ActorKinds.Civilians, "Violence against civilians", "Attack")]
    [InlineData(new[] { Act.Explosive }, ActorKinds.UnidentifiedArmed, ActorKinds.Civilians, "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData(new[] { Act.Explosive, Act.Kill }, ActorKinds.Jihadist, ActorKinds.StateForces, "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData(new[] { Act.Airstrike, Act.Kill }, ActorKinds.StateForces, ActorKinds.Jihadist, "Explosions/Remote violence", "Air/drone strike")]
    [InlineData(new[] { Act.Drone }, ActorKinds.StateForces, ActorKinds.Civilians, "Explosions/Remote violence", "Air/drone strike")]
    [InlineData(new[] { Act.Shell }, ActorKinds.Jihadist, ActorKinds.Civilians, "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData(new[] { Act.Suicide }, ActorKinds.Jihadist, ActorKinds.StateForces, "Explosions/Remote violence", "Suicide bomb")]
    [InlineData(new[] { Act.Abduct }, ActorKinds.Jihadist, ActorKinds.Civilians, "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData(new[] { Act.Arrest }, ActorKinds.StateForces, ActorKinds.Civilians, "Strategic developments", "Arrests")]
    [InlineData(new[] { Act.Capture }, ActorKinds.StateForces, ActorKinds.Jihadist, "Strategic developments", "Arrests")]
    [InlineData(new[] { Act.Capture }, ActorKinds.Jihadist, ActorKinds.Civilians, "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData(new[] { Act.Loot, Act.Burn }, ActorKinds.Jihadist, ActorKinds.Civilians, "Strategic developments", "Looting/property destruction")]
    [InlineData(new[] { Act.Defect, Act.Join }, ActorKinds.Jihadist, ActorKinds.Jihadist, "Strategic developments", "Change to group/activity")]
    [InlineData(new[] { Act.Surrender }, ActorKinds.Rebel, ActorKinds.StateForces, "Strategic developments", "Change to group/activity")]
    [InlineData(new[] { Act.Seize }, ActorKinds.Jihadist, ActorKinds.StateForces, "Battles", "Non-state actor overtakes territory")]
    [InlineData(new[] { Act.Regain }, ActorKinds.StateForces, ActorKinds.Jihadist, "Battles", "Government regains territory")]
    [InlineData(new[] { Act.Protest }, ActorKinds.Protesters, null, "Protests", "Peaceful protest")]
    [InlineData(new[] { Act.Protest, Act.Disperse }, ActorKinds.Protesters, ActorKinds.PoliceForces, "Protests", "Protest with intervention")]
    [InlineData(new[] { Act.Protest, Act.Riot }, ActorKinds.Protesters, ActorKinds.PoliceForces, "Riots", "Violent demonstration")]
    [InlineData(new[] { Act.Coup }, ActorKinds.StateForces, null, "Strategic developments", "Other")]
    [InlineData(new[] { Act.Mutiny, Act.Arrest }, ActorKinds.StateForces, ActorKinds.Government, "Strategic developments", "Other")]
    [InlineData(new[] { Act.Release }, ActorKinds.Jihadist, ActorKinds.Civilians, "Strategic developments", "Agreement")]
    [InlineData(new[] { Act.Abduct, Act.Release }, ActorKinds.Jihadist, ActorKinds.Civilians, "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData(new[] { Act.Agree }, ActorKinds.StateForces, ActorKinds.Rebel, "Strategic developments", "Agreement")]
    [InlineData(new[] { Act.Defuse }, ActorKinds.StateForces, null, "Strategic developments", "Disrupted weapons use")]
    [InlineData(new[] { Act.Base }, ActorKinds.Jihadist, null, "Strategic developments", "Headquarters or base established")]
    [InlineData(new[] { Act.Takeover }, ActorKinds.Rebel, null, "Strategic developments", "Non-violent transfer of territory")]
    [InlineData(new[] { Act.Mob, Act.Kill }, ActorKinds.Rioters, ActorKinds.Civilians, "Riots", "Mob violence")]
    [InlineData(new[] { Act.Rape }, ActorKinds.Jihadist, ActorKinds.Civilians, "Violence against civilians", "Sexual violence")]
    [InlineData(new[] { Act.Chemical }, ActorKinds.StateForces, ActorKinds.Civilians, "Explosions/Remote violence", "Chemical weapon")]
    [InlineData(new[] { Act.Grenade }, ActorKinds.UnidentifiedArmed, ActorKinds.Civilians, "Explosions/Remote violence", "Grenade")]
    public void Decide_ActsAndActorKinds_GiveAcledTypes(Act[] acts, string? actor1, string? actor2, string type, string subType)
    {
        var (eventType, subEventType) = Typing.Decide(acts, actor1, actor2, None);

        Assert.Equal(type, eventType);
        Assert.Equal(subType, subEventType);
        Assert.True(AcledTaxonomy.IsValid(eventType, subEventType));
    }

    [Fact]
    public void Decide_AbductionWithKilling_IsAnAttack()
    {
        var facts = None with { Fatalities = 1, Abducted = 6 };

        Assert.Equal(("Violence against civilians", "Attack"), Typing.Decide([Act.Abduct, Act.Burn], ActorKinds.Jihadist, ActorKinds.Civilians, facts));
    }

    [Fact]
    public void Decide_AttackOnAnArmyPostWithUnknownTarget_IsABattle()
    {
        var facts = None with { MilitaryTarget = true };

        Assert.Equal(("Battles", "Armed clash"), Typing.Decide([Act.Attack], ActorKinds.UnidentifiedArmed, null, facts));
    }

    [Fact]
    public void Decide_AttackOnVillagersWithUnknownPerpetrator_IsViolenceAgainstCivilians()
    {
        var facts = None with { CivilianVictims = true, Fatalities = 9 };

        Assert.Equal(("Violence against civilians", "Attack"), Typing.Decide([Act.Attack, Act.Kill], null, null, facts));
    }

    [Fact]
    public void Decide_ProtestersKilledByPolice_IsExcessiveForce()
    {
        var facts = None with { Fatalities = 3 };

        Assert.Equal(("Protests", "Excessive force against protesters"), Typing.Decide([Act.Protest, Act.Kill], ActorKinds.Protesters, ActorKinds.PoliceForces, facts));
    }

    [Fact]
    public void Rules_EverySubEventType_IsReachable()
    {
        var kinds = ActorKinds.All.Append(null).ToList();
        var facts = from killed in new[] { false, true }
                    from military in new[] { false, true }
                    from civilians in new[] { false, true }
                    select None with { KillingReported = killed, MilitaryTarget = military, CivilianVictims = civilians };
        var reached = (from act in Enum.GetValues<Act>()
                       where !Typing.Acts[act].SupportingOnly
                       from told in new Act[][] { [act], [act, Act.Kill] }
                       from fact in facts
                       from actor1 in kinds
                       from actor2 in kinds
                       select Typing.Decide(told, actor1, actor2, fact).SubEventType)
            .Concat(from act in new[] { Act.Riot, Act.Disperse }
                    select Typing.Decide([Act.Protest, act], ActorKinds.Protesters, ActorKinds.PoliceForces, None).SubEventType)
            .ToHashSet();

        var all = AcledTaxonomy.SubEventTypes.Values.SelectMany(s => s).ToList();
        Assert.Equal(25, all.Count);
        Assert.All(all, s => Assert.Contains(s, reached));
    }

    [Fact]
    public void Acts_EveryActHasARowAndADistinctPrecedence()
    {
        var precedences = Enum.GetValues<Act>().Select(a => Typing.Acts[a].Precedence).ToList();

        Assert.Equal(precedences.Count, precedences.Distinct().Count());
    }

    [Fact]
    public void Dominant_TerritoryBeatsTheFightingItEnds()
    {
        Assert.Equal(Act.Seize, Typing.Acts.Dominant([Act.Clash, Act.Kill, Act.Seize]));
        Assert.Equal(Act.Airstrike, Typing.Acts.Dominant([Act.Attack, Act.Airstrike]));
    }
}
