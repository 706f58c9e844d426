namespace Marsad.Events;

/// <summary>
/// What a trigger says happened, before the actors decide the ACLED type: an attack on villagers
/// and an attack on an army post are both <see cref="Attack"/>; the table in
/// <see cref="EventTyping"/> makes one Violence against civilians and the other a Battle.
/// </summary>
public enum Act
{
    Attack,
    Storm,
    Ambush,
    Clash,
    Operation,
    Kill,
    Execute,
    Massacre,
    Fire,
    Neutralize,
    Abduct,
    Capture,
    Arrest,
    Explosive,
    Suicide,
    Grenade,
    Airstrike,
    Drone,
    Shell,
    Loot,
    Burn,
    Destroy,
    Protest,
    Riot,
    Disperse,
    Defect,
    Join,
    Surrender,
    Split,
    Found,
    Merge,
    Seize,
    Regain,
    Coup,

    /// <summary>A release of hostages: tells about an abduction, never an event on its own here.</summary>
    Release,

    /// <summary>Wounded people: supports an event, never one on its own.</summary>
    Wound,
}

/// <summary>How the trigger is realised: the part of speech decides where its arguments are.</summary>
public enum TriggerForm
{
    /// <summary>A finite verb: its subject follows it (VSO) or precedes it.</summary>
    Verb,

    /// <summary>A noun or verbal noun (هجوم، مقتل): its agent follows with لـ، من قبل، على يد.</summary>
    Noun,

    /// <summary>A fixed phrase (لقي حتفه، عبوة ناسفة).</summary>
    Phrase,
}
