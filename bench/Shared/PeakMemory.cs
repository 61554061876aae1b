using System.Diagnostics;

namespace FormHub.Bench.Shared;

/// <summary>The process's peak resident set (VmHWM), reset before a run through /proc/self/clear_refs so it covers that run only.</summary>
internal static class PeakMemory
{
    /// <summary>Linux: writing 5 to /proc/self/clear_refs resets VmHWM to the current RSS; false when refused.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static double MiB()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1048576.0;
    }
}
