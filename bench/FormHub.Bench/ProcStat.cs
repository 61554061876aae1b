using System.Globalization;

namespace FormHub.Bench;

/// <summary>A process's or thread's name and CPU so far (utime + stime) from its <c>/proc/…/stat</c>.</summary>
internal static class ProcStat
{
    public const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>(comm, CPU seconds) of <c>/proc/PID</c> or <c>/proc/PID/task/TID</c>; ("", 0) when it is gone or unreadable.</summary>
    public static (string Comm, double Cpu) Read(string dir)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            var rest = stat[(close + 2)..].Split(' ');
            // fields after the command: state(3) ... utime(14) stime(15) → indexes 11 and 12 here
            return (stat[(open + 1)..close], (long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture)) / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return ("", 0);
        }
    }
}
