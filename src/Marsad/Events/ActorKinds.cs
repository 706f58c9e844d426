namespace Marsad.Events;

/// <summary>
/// The kinds of actor that decide an event's type (ACLED's inter codes, named): state forces,
/// rebel and jihadist groups, militias, civilians, protesters and the rest.
/// </summary>
public static class ActorKinds
{
    public const string StateForces = "state_forces";
    public const string PoliceForces = "police_forces";
    public const string ForeignForces = "foreign_forces";
    public const string Peacekeepers = "peacekeepers";
    public const string PrivateMilitary = "private_military";
    public const string Jihadist = "jihadist";
    public const string Rebel = "rebel";
    public const string ProGovernmentMilitia = "progov_militia";
    public const string IdentityMilitia = "identity_militia";
    public const string UnidentifiedArmed = "unidentified_armed";
    public const string Civilians = "civilians";
    public const string Protesters = "protesters";
    public const string Rioters = "rioters";
    public const string Government = "government";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>
    {
        StateForces, PoliceForces, ForeignForces, Peacekeepers, PrivateMilitary, Jihadist, Rebel,
        ProGovernmentMilitia, IdentityMilitia, UnidentifiedArmed, Civilians, Protesters, Rioters, Government,
    };

    /// <summary>Organised armed actors: the ones that can fight a battle.</summary>
    public static bool IsArmed(string? kind) => kind is StateForces or PoliceForces or ForeignForces or Peacekeepers
        or PrivateMilitary or Jihadist or Rebel or ProGovernmentMilitia or IdentityMilitia or UnidentifiedArmed;

    /// <summary>State forces and those that fight beside them on the state's side.</summary>
    public static bool IsState(string? kind) => kind is StateForces or PoliceForces or ForeignForces or Peacekeepers or PrivateMilitary;
}
