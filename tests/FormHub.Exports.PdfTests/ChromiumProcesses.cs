using System.Diagnostics;

namespace FormHub.Exports.PdfTests;

/// <summary>The Chromium processes this test process started (through the Playwright driver), found in /proc.</summary>
internal static class ChromiumProcesses
{
    /// <summary>Kills every Chromium process below this one with SIGKILL, as the OOM killer or <c>kill -9</c> would; returns how many.</summary>
    public static int KillAll(string chromiumPath)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException) { /* ended meanwhile */ }
            catch (UnauthorizedAccessException) { }
        }

        var self = Environment.ProcessId;
        bool Descends(int pid)
        {
            for (var hops = 0; hops < 32 && parents.TryGetValue(pid, out var parent); hops++, pid = parent)
                if (parent == self) return true;
            return false;
        }

        var killed = 0;
        foreach (var pid in parents.Keys.Where(Descends))
        {
            try
            {
                var exe = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0')[0];
                if (!exe.Contains("chrom", StringComparison.OrdinalIgnoreCase) && exe != chromiumPath) continue;
                using var process = Process.GetProcessById(pid);
                process.Kill();
                killed++;
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or UnauthorizedAccessException) { }
        }
        return killed;
    }
}
