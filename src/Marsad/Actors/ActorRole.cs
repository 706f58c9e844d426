namespace Marsad.Actors;

/// <summary>What an actor mention names: a catalogued actor, or a kind of actor without a name.</summary>
public enum ActorRole
{
    /// <summary>A catalogued actor named by one of its aliases.</summary>
    Named,

    /// <summary>Unidentified armed men (مسلحون).</summary>
    Armed,

    /// <summary>Fighters of an unnamed jihadist or rebel group (إرهابيون، مقاتلون).</summary>
    Militant,

    Military,

    /// <summary>Soldiers in revolt against their command (جنود متمردون، mutins): ACLED's "Mutiny of" the state force.</summary>
    Mutineer,

    Police,

    /// <summary>Security forces: the police in a protest, the army otherwise.</summary>
    Security,

    /// <summary>Pro-government auxiliaries (the VDP in Burkina Faso).</summary>
    Volunteer,

    Civilian,

    /// <summary>People, unspecified (أشخاص، personnes): civilians as victims, but a count of them is a total of everyone.</summary>
    Person,

    Protester,

    /// <summary>A member of the group named after it (عنصر من ...).</summary>
    Member,

    /// <summary>A commander or leader (القيادي، الزعيم).</summary>
    Leader,
}

/// <summary>Grammatical number of a noun, which tells a count when no figure is written (جنديين = 2).</summary>
public enum NounNumber
{
    Singular,
    Plural,
    Dual,

    /// <summary>Plural unless diacritics or a following اثنين mark the dual (مدنيين).</summary>
    PluralOrDual,

    /// <summary>A military installation (a base, a convoy): it stands for its force but counts nobody.</summary>
    Installation,
}
