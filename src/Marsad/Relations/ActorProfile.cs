using System.Collections.Immutable;
using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Relations;

/// <summary>
/// What the actor network says about one person or group: the names it is known by, every relation that names it
/// (each with its sources), and the career its own relations tell, in the order a career is told.
/// </summary>
public sealed record ActorProfile(string Name, KnownActor Known, ImmutableArray<RelationEdge> Relations, ImmutableArray<RelationEdge> Career)
{
    // Groups left, then chiefs served, memberships, defections, leadership, alliances, death.
    private static readonly string[] CareerOrder =
    [
        RelationPredicates.FormerlyMemberOf, RelationPredicates.ServedUnder, RelationPredicates.MemberOf, RelationPredicates.DefectedTo,
        RelationPredicates.LeaderOf, RelationPredicates.AlliedWith, RelationPredicates.KilledBy,
    ];

    /// <summary>The names of the network that contain <paramref name="part"/> (after folding), in order.</summary>
    public static ImmutableArray<string> NamesLike(IEnumerable<RelationEdge> edges, string part)
    {
        var key = CharFolding.Fold(part);
        return [.. Nodes(edges).Where(n => CharFolding.Fold(n).Contains(key, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The network's own spelling of <paramref name="name"/> (compared after folding), or null when no relation names it.</summary>
    public static string? Find(IEnumerable<RelationEdge> edges, string name)
    {
        var key = CharFolding.Fold(name);
        return Nodes(edges).FirstOrDefault(n => CharFolding.Fold(n) == key);
    }

    /// <summary>The profile of <paramref name="name"/>, as the network spells it.</summary>
    public static ActorProfile Of(IEnumerable<RelationEdge> edges, string name, ActorNames names)
    {
        var relations = edges.Where(e => e.Subject == name || e.Object == name).ToImmutableArray();
        var career = relations.Where(e => e.Subject == name && Array.IndexOf(CareerOrder, e.Predicate) >= 0)
            .OrderBy(e => Array.IndexOf(CareerOrder, e.Predicate)).ThenBy(e => e.FirstReported).ToImmutableArray();
        return new ActorProfile(name, names.Of(name), relations, career);
    }

    private static IEnumerable<string> Nodes(IEnumerable<RelationEdge> edges) => edges.SelectMany(e => new[] { e.Subject, e.Object }).Distinct(StringComparer.Ordinal);
}
