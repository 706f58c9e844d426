namespace Marsad.Dedup;

/// <summary>When two reports are taken to be the same incident, and which figures a cluster keeps.</summary>
public sealed record DedupOptions
{
    public static DedupOptions Default { get; } = new();

    /// <summary>Precise places (geo precision 1 or 2) farther apart than this are different incidents.</summary>
    public double MaxDistanceKm { get; init; } = 25;

    /// <summary>Below this confidence a source's figures are used only when no credible source gives one.</summary>
    public double MinCredibleConfidence { get; init; } = 0.5;

    /// <summary>How far apart two dates may be, in days, for a time precision (1 day, 2 week, 3 month; null is treated as a month).</summary>
    public static int DateToleranceDays(int? timePrecision) => timePrecision switch
    {
        1 => 1,
        2 => 7,
        _ => 31,
    };

    /// <summary>The widest date tolerance: candidate events are looked up within this many days.</summary>
    public const int MaxDateToleranceDays = 31;
}
