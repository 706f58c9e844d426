namespace Marsad.Events;

/// <summary>What, beyond the acts and the actors' kinds, decides an event's type.</summary>
/// <param name="Fatalities">People killed (null when the text gives no figure).</param>
/// <param name="KillingReported">True when deaths are reported, with or without a figure.</param>
/// <param name="Abducted">People abducted.</param>
/// <param name="MilitaryTarget">True when the target is a military object (base, convoy, patrol, post).</param>
/// <param name="CivilianVictims">True when the victims named are civilians.</param>
public readonly record struct EventFacts(int? Fatalities, bool KillingReported, int? Abducted, bool MilitaryTarget, bool CivilianVictims);

/// <summary>
/// ACLED's event type and sub-event type from the acts of an event and the kinds of its actors:
/// the one table of Marsad's coding logic. An attack by a jihadist group on an army post is a
/// Battle (armed clash); the same verb against villagers is Violence against civilians; an IED is
/// Remote violence whoever planted it.
/// </summary>
public static class EventTyping
{
    // Which act decides when one incident is told with several (an ambush in which soldiers are killed).
    private static readonly Act[] Precedence =
    [
        Act.Airstrike, Act.Drone, Act.Suicide, Act.Explosive, Act.Shell, Act.Grenade,
        Act.Seize, Act.Regain,
        Act.Protest, Act.Riot, Act.Disperse,
        Act.Massacre, Act.Execute, Act.Clash, Act.Ambush, Act.Storm, Act.Attack, Act.Operation, Act.Fire, Act.Kill, Act.Neutralize,
        Act.Abduct, Act.Capture, Act.Arrest,
        Act.Loot, Act.Burn, Act.Destroy,
        Act.Defect, Act.Join, Act.Surrender, Act.Split, Act.Found, Act.Merge,
        Act.Coup,
    ];

    /// <summary>Acts that never make an event on their own.</summary>
    public static bool IsSupportingOnly(Act act) => act is Act.Release or Act.Wound;

    /// <summary>The act that decides the type among those of one incident.</summary>
    public static Act Dominant(IEnumerable<Act> acts)
    {
        var set = acts.ToHashSet();
        foreach (var act in Precedence)
        {
            if (set.Contains(act))
            {
                return act;
            }
        }

        return set.First();
    }

    public static bool IsGroundViolence(Act act) => act is Act.Attack or Act.Storm or Act.Ambush or Act.Clash or Act.Operation
        or Act.Kill or Act.Execute or Act.Massacre or Act.Fire or Act.Neutralize;

    public static bool IsRemoteViolence(Act act) => act is Act.Airstrike or Act.Drone or Act.Suicide or Act.Explosive or Act.Shell or Act.Grenade;

    public static bool IsGroupChange(Act act) => act is Act.Defect or Act.Join or Act.Surrender or Act.Split or Act.Found or Act.Merge;

    public static bool IsDemonstration(Act act) => act is Act.Protest or Act.Riot or Act.Disperse;

    /// <summary>The ACLED event type and sub-event type.</summary>
    public static (string EventType, string SubEventType) Decide(IReadOnlyCollection<Act> acts, string? actor1Kind, string? actor2Kind, EventFacts facts)
    {
        var act = Dominant(acts);
        var killed = facts.KillingReported || facts.Fatalities > 0;
        switch (act)
        {
            case Act.Airstrike or Act.Drone:
                return (AcledTaxonomy.Explosions, "Air/drone strike");
            case Act.Suicide:
                return (AcledTaxonomy.Explosions, "Suicide bomb");
            case Act.Explosive:
                return (AcledTaxonomy.Explosions, "Remote explosive/landmine/IED");
            case Act.Shell:
                return (AcledTaxonomy.Explosions, "Shelling/artillery/missile attack");
            case Act.Grenade:
                return (AcledTaxonomy.Explosions, "Grenade");
            case Act.Seize or Act.Regain:
                return ActorKinds.IsState(actor1Kind)
                    ? (AcledTaxonomy.Battles, "Government regains territory")
                    : (AcledTaxonomy.Battles, "Non-state actor overtakes territory");
            case Act.Protest or Act.Riot or Act.Disperse:
                return Demonstration(acts, actor2Kind, killed);
            case Act.Abduct:
                return killed ? (AcledTaxonomy.ViolenceAgainstCivilians, "Attack") : (AcledTaxonomy.ViolenceAgainstCivilians, "Abduction/forced disappearance");
            case Act.Capture or Act.Arrest:
                return ActorKinds.IsState(actor1Kind) || actor1Kind is null
                    ? (AcledTaxonomy.StrategicDevelopments, "Arrests")
                    : (AcledTaxonomy.ViolenceAgainstCivilians, "Abduction/forced disappearance");
            case Act.Loot or Act.Burn or Act.Destroy:
                return killed
                    ? GroundViolence(Act.Attack, actor1Kind, actor2Kind, facts)
                    : (AcledTaxonomy.StrategicDevelopments, "Looting/property destruction");
            case Act.Coup:
                return (AcledTaxonomy.StrategicDevelopments, "Other");
        }

        if (IsGroupChange(act))
        {
            return (AcledTaxonomy.StrategicDevelopments, "Change to group/activity");
        }

        return GroundViolence(act, actor1Kind, actor2Kind, facts);
    }

    private static (string, string) GroundViolence(Act act, string? actor1Kind, string? actor2Kind, EventFacts facts)
    {
        var armed1 = ActorKinds.IsArmed(actor1Kind);
        var armed2 = ActorKinds.IsArmed(actor2Kind);
        if (actor2Kind == ActorKinds.Civilians || (actor2Kind is null && facts.CivilianVictims && !facts.MilitaryTarget))
        {
            return (AcledTaxonomy.ViolenceAgainstCivilians, "Attack");
        }

        if ((armed1 || actor1Kind is null) && (armed2 || facts.MilitaryTarget))
        {
            return (AcledTaxonomy.Battles, "Armed clash");
        }

        // Executions and massacres are one-sided; a clash, ambush or operation needs two armed sides.
        return act is Act.Massacre or Act.Execute
            ? (AcledTaxonomy.ViolenceAgainstCivilians, "Attack")
            : (AcledTaxonomy.Battles, "Armed clash");
    }

    private static (string, string) Demonstration(IReadOnlyCollection<Act> acts, string? actor2Kind, bool killed)
    {
        if (killed && ActorKinds.IsState(actor2Kind))
        {
            return (AcledTaxonomy.Protests, "Excessive force against protesters");
        }

        if (acts.Contains(Act.Riot))
        {
            return (AcledTaxonomy.Riots, "Violent demonstration");
        }

        return acts.Contains(Act.Disperse) || acts.Contains(Act.Arrest)
            ? (AcledTaxonomy.Protests, "Protest with intervention")
            : (AcledTaxonomy.Protests, "Peaceful protest");
    }
}
