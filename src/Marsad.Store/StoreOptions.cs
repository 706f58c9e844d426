using Marsad.Dedup;

namespace Marsad.Store;

/// <summary>How a store is opened.</summary>
public sealed record StoreOptions
{
    public static StoreOptions Default { get; } = new();

    /// <summary>When true, opening a path with no store is an error instead of creating one (for commands that only read).</summary>
    public bool MustExist { get; init; }

    public DedupOptions Dedup { get; init; } = DedupOptions.Default;

    /// <summary>The clock that stamps ingest and cluster update times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
