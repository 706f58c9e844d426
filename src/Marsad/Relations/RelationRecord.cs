namespace Marsad.Relations;

/// <summary>
/// A relation between two actors or persons stated in an article, e.g. <c>leader_of</c>,
/// <c>defected_to</c>, <c>killed_by</c>, with the text that says so.
/// </summary>
public sealed record RelationRecord
{
    public required string ArticleId { get; init; }

    public required string Subject { get; init; }

    /// <summary>One of <see cref="RelationPredicates"/>.</summary>
    public required string Predicate { get; init; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Subject-predicate-object is the domain's vocabulary.")]
    public required string Object { get; init; }

    public TextSpan Evidence { get; init; }

    public double Confidence { get; init; }
}

/// <summary>The relation predicates of the interchange format.</summary>
public static class RelationPredicates
{
    public const string LeaderOf = "leader_of";
    public const string MemberOf = "member_of";
    public const string FormerlyMemberOf = "formerly_member_of";
    public const string ServedUnder = "served_under";
    public const string DefectedTo = "defected_to";
    public const string KilledBy = "killed_by";
    public const string AlliedWith = "allied_with";
    public const string Claimed = "claimed";
}
