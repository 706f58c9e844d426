using System.Diagnostics;

namespace Marsad.Bench;

/// <summary>Process and GC memory figures for one phase of a run.</summary>
internal static class Memory
{
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>
    /// Starts a phase: on Linux, resets the process's peak resident set (VmHWM) to the current one,
    /// so the peak read at the end belongs to this phase; elsewhere the peak stays process-wide.
    /// </summary>
    public static bool ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>CPU time of every thread of the process: on a machine shared with other work, steadier than the wall clock.</summary>
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>Live managed heap after a full, compacting collection.</summary>
    public static long LiveHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    public static double Mib(long bytes) => bytes / 1048576.0;
}
