using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Relations;

/// <summary>A relation as one article states it, with where that article came from and the words that state it.</summary>
public sealed record SourcedRelation(RelationRecord Relation, string? Url, string? Source, DateOnly? Published, string EvidenceText);

/// <summary>
/// One edge of the actor network: a subject, predicate and object that any number of articles state; the same
/// relation from three articles is one edge with three sources.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Subject-predicate-object is the domain's vocabulary.")]
public sealed record RelationEdge(string Subject, string Predicate, string Object, ImmutableArray<SourcedRelation> Sources)
{
    /// <summary>The chance that at least one source is right, taking the sources as independent.</summary>
    public double Confidence => 1 - Sources.Aggregate(1.0, (wrong, s) => wrong * (1 - s.Relation.Confidence));

    /// <summary>The earliest publication date among the sources, if any is dated.</summary>
    public DateOnly? FirstReported => Sources.Where(s => s.Published is not null).Select(s => s.Published).Min();

    /// <summary>
    /// The edges of a set of relations: one per subject, predicate and object (names compared after folding, so
    /// « Ag Ghaly » and "ag Ghaly" are one), each article counted once, strongest edges first.
    /// </summary>
    public static ImmutableArray<RelationEdge> Merge(IEnumerable<SourcedRelation> relations) =>
    [
        .. relations
            .GroupBy(r => (CharFolding.Fold(r.Relation.Subject), r.Relation.Predicate, CharFolding.Fold(r.Relation.Object)))
            .Select(g => new RelationEdge(g.First().Relation.Subject, g.Key.Predicate, g.First().Relation.Object,
                [.. g.GroupBy(s => s.Relation.ArticleId).Select(a => a.MaxBy(s => s.Relation.Confidence)!).OrderBy(s => s.Published).ThenBy(s => s.Relation.ArticleId, StringComparer.Ordinal)]))
            .OrderByDescending(e => e.Sources.Length)
            .ThenBy(e => e.Subject, StringComparer.Ordinal)
            .ThenBy(e => e.Predicate, StringComparer.Ordinal)
            .ThenBy(e => e.Object, StringComparer.Ordinal),
    ];
}
