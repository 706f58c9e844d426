using Marsad.Events;

namespace Marsad.Export;

/// <summary>ACLED's inter codes for actor kinds and the interaction code of a pair.</summary>
internal static class ActorInterCodes
{
    /// <summary>1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; 0 none.</summary>
    public static int Of(string? kind) => kind switch
    {
        ActorKinds.StateForces or ActorKinds.PoliceForces or ActorKinds.Government => 1,
        ActorKinds.Jihadist or ActorKinds.Rebel => 2,
        // ACLED codes unidentified armed groups as political militias.
        ActorKinds.ProGovernmentMilitia or ActorKinds.UnidentifiedArmed => 3,
        ActorKinds.IdentityMilitia => 4,
        ActorKinds.Rioters => 5,
        ActorKinds.Protesters => 6,
        ActorKinds.Civilians => 7,
        ActorKinds.ForeignForces or ActorKinds.Peacekeepers or ActorKinds.PrivateMilitary => 8,
        _ => 0,
    };

    /// <summary>The two codes joined lowest first (12, 17, ...); a sole actor's code times ten (10, 60, ...).</summary>
    public static int Interaction(int inter1, int inter2) => (inter1, inter2) switch
    {
        (0, 0) => 0,
        (_, 0) => inter1 * 10,
        (0, _) => inter2 * 10,
        _ => Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2),
    };
}
