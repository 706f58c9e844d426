using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Relations;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>What the pipeline makes of one article: its events and relations, and what it noticed on the way.</summary>
public sealed record ArticleAnalysis
{
    public required Article Article { get; init; }

    public Language Language { get; init; }

    /// <summary>The date relative expressions were resolved against: published, or inferred from the text.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>True when <see cref="ReferenceDate"/> was inferred rather than given.</summary>
    public bool ReferenceDateInferred { get; init; }

    public ImmutableArray<EventRecord> Events { get; init; } = [];

    public ImmutableArray<RelationRecord> Relations { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
