using System.Collections.Immutable;
using Marsad.Events;

namespace Marsad.Dedup;

/// <summary>
/// One incident as the dataset keeps it: the reconciled event and every report of it. The
/// reconciled event's <see cref="EventRecord.ArticleId"/> and evidence are those of its
/// representative source; each source keeps its own evidence.
/// </summary>
public sealed record EventCluster(string Id, EventRecord Event, ImmutableArray<ClusterSource> Sources)
{
    public IEnumerable<EventKey> Members => Sources.Select(s => s.Key);

    /// <summary>One report on its own, not deduplicated (for raw-event exports); its id is its key.</summary>
    public static EventCluster OfReport(KeyedEvent report) => new(report.Key.ToString(), report.Event, [ClusterReconciler.Source(report)]);
}

/// <summary>One report of a clustered incident, with the text that supports it and its actors.</summary>
public sealed record ClusterSource(
    EventKey Key,
    string? Source,
    string? Url,
    int? Fatalities,
    double Confidence,
    ImmutableArray<TextSpan> Evidence,
    ImmutableArray<TextSpan> ActorEvidence);

/// <summary>What an incremental update does to the stored clusters: drop these ids, then write these clusters.</summary>
public sealed record ClusterChange(ImmutableArray<string> RemovedClusterIds, ImmutableArray<EventCluster> Clusters);
