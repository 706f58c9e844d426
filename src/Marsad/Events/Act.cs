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

    /// <summary>An explosion with no device named (انفجارات، « explosions »): a bomb alone, the sound of fighting beside an attack.</summary>
    Blast,
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

    /// <summary>"تولوا السلطة", took power: a coup only when soldiers or a junta take it (a president elected takes office too).</summary>
    TakePower,

    /// <summary>Soldiers rise against their command or government (short of a coup told as such).</summary>
    Mutiny,

    /// <summary>A release of hostages or prisoners: part of an abduction told in the article, else an agreement.</summary>
    Release,

    /// <summary>A ceasefire, peace deal, negotiated exchange or evacuation between armed actors.</summary>
    Agree,

    /// <summary>An explosive device defused or a weapons cache seized before use.</summary>
    Defuse,

    /// <summary>An armed group sets up a base or headquarters.</summary>
    Base,

    /// <summary>A place changes hands without fighting (a withdrawal handing it over, an entry unopposed).</summary>
    Takeover,

    /// <summary>A mob, outside a demonstration, lynches or attacks people or property.</summary>
    Mob,

    /// <summary>Rape and other sexual violence.</summary>
    Rape,

    /// <summary>A chemical weapon (CWC Schedule 1 agents; not tear gas or white phosphorus).</summary>
    Chemical,

    /// <summary>Wounded people: supports an event, never one on its own.</summary>
    Wound,

    /// <summary>A strike told as coming from the air (غارة جوية، قصف جوي، a warplane's bombing): never a raid on the ground.</summary>
    Aerial,
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
