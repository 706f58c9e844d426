using System.Globalization;

namespace Marsad.Bench.Web;

/// <summary>
/// CPU time used so far by this process and every process it started (Playwright's driver,
/// Chromium's browser, renderer and GPU processes), read from /proc. Unlike wall-clock time, it is
/// not stretched when other work on the machine takes the cores.
/// </summary>
internal static class ProcessTreeCpu
{
    private static readonly double TicksPerMs = 100 / 1000.0; // USER_HZ is 100 on Linux

    public static double Milliseconds()
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15).
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }

        var tree = new HashSet<int> { Environment.ProcessId };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
            {
                grew |= tree.Contains(parent) && tree.Add(pid);
            }
        }

        return tree.Sum(pid => ticks.GetValueOrDefault(pid)) / TicksPerMs;
    }
}
