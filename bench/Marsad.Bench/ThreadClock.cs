using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Marsad.Bench;

/// <summary>
/// CPU time of the calling thread. On a machine shared with other builds the wall clock counts the
/// time the thread waited for a core; its own CPU time does not, so figures from different moments compare.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>False where the thread's CPU clock cannot be read: then <see cref="Nanoseconds"/> is the wall clock.</summary>
    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTime, out _) == 0;

    public static long Nanoseconds()
    {
        if (IsCpuTime && ClockGetTime(ThreadCpuTime, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
