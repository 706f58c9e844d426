using System.Text.RegularExpressions;
using Marsad.Events;

namespace Marsad.Dedup;

/// <summary>
/// Whether two reports' actors can be the same pair: each name agrees, is missing, or is an
/// unidentified group on one side. Outlets may name the two sides in either order.
/// </summary>
internal static partial class ActorMatching
{
    public static bool Compatible(EventRecord a, EventRecord b) => InOrder(a, b) || Swapped(a, b);

    /// <summary>True when b names a's actors the other way round (and not also in the same order).</summary>
    public static bool Swapped(EventRecord a, EventRecord b) =>
        !InOrder(a, b) && Agree(a.Actor1, a.Actor1Kind, b.Actor2, b.Actor2Kind) && Agree(a.Actor2, a.Actor2Kind, b.Actor1, b.Actor1Kind);

    /// <summary>A named actor rather than a placeholder for an unknown one.</summary>
    public static bool IsSpecific(string? name, string? kind) =>
        name is not null && kind != ActorKinds.UnidentifiedArmed && !name.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase);

    private static bool InOrder(EventRecord a, EventRecord b) =>
        Agree(a.Actor1, a.Actor1Kind, b.Actor1, b.Actor1Kind) && Agree(a.Actor2, a.Actor2Kind, b.Actor2, b.Actor2Kind);

    private static bool Agree(string? x, string? xKind, string? y, string? yKind)
    {
        if (!IsSpecific(x, xKind) || !IsSpecific(y, yKind))
        {
            return true;
        }

        return string.Equals(Canonical(x!), Canonical(y!), StringComparison.OrdinalIgnoreCase);
    }

    // "Military Forces of Mali (2021-)" and "Military Forces of Mali (2020-)" are the same force in two periods' names.
    private static string Canonical(string name) => Period().Replace(name, "").Trim();

    [GeneratedRegex(@"\s*\(\d{4}-(\d{4})?\)")]
    private static partial Regex Period();
}
