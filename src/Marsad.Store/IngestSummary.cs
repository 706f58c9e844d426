using System.Diagnostics;

namespace Marsad.Store;

/// <summary>What an ingest run did, article by article, and where its time went.</summary>
public sealed class IngestSummary
{
    public int New { get; internal set; }

    public int Updated { get; internal set; }

    public int Unchanged { get; internal set; }

    public int Failed { get; internal set; }

    /// <summary>Events saved by this run (of new and updated articles).</summary>
    public int Events { get; internal set; }

    /// <summary>Clusters written (created or re-formed) by this run.</summary>
    public int ClustersWritten { get; internal set; }

    /// <summary>Wall-clock time during which articles were being analysed (however many at once); it overlaps <see cref="Storage"/>, as the next batch is analysed while one is saved.</summary>
    public TimeSpan Extraction => Stopwatch.GetElapsedTime(0, ExtractionTicks);

    /// <summary>Wall-clock time the writer spent checking and saving articles in the store.</summary>
    public TimeSpan Storage => Stopwatch.GetElapsedTime(0, StorageTicks);

    public int Articles => New + Updated + Unchanged + Failed;

    internal long ExtractionTicks { get; set; }

    internal long StorageTicks { get; set; }

    /// <summary>Counts an input that failed before it became an article (unreadable file, bad line).</summary>
    public void AddSourceFailure() => Failed++;
}
