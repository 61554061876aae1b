using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FormHub.Storage;
using FormHub.Storage.Audit;

namespace FormHub.Bench;

/// <summary>
/// The web bench's live report materializer in a process of its own (<c>--materializer-process</c>, issue 12):
/// <c>formhub reports watch</c> on the run's database, started before the server so that it holds the materializer lease
/// (a holder in another process is waited out, never taken over), while the server's own materializer stays idle. Its CPU
/// is then read directly from <c>/proc</c> over the measured window, instead of as the difference of two noisy runs.
/// Its console lines say when it holds the lease and how many changes each pass handled in how long.
/// </summary>
internal sealed partial class MaterializerProcess : IAsyncDisposable
{
    /// <summary>The server's default poll (FormHubServerOptions.MaterializerPollMilliseconds), so it polls as the server's would.</summary>
    public const int IntervalMilliseconds = 300;

    /// <summary>The watch's line when it (re)takes the lease: "HH:mm:ss 由本进程更新报表".</summary>
    private const string HoldsLeaseLine = "由本进程更新报表";

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();
    private readonly List<Pass> _passes = [];
    private readonly List<string> _problems = [];
    private readonly TaskCompletionSource _holds = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _leaseLosses;

    /// <summary>
    /// One pass that handled changes: when its line arrived (Stopwatch ticks), feed entries handled, its milliseconds, and the
    /// process's CPU seconds when the line arrived (so a pass's CPU is the difference from the pass before, idle polls included).
    /// </summary>
    public readonly record struct Pass(long At, int Changes, int Milliseconds, double CpuAt);

    private MaterializerProcess(Process process, StreamWriter log, string logPath)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public int Id => _process.Id;
    public string LogPath { get; }

    /// <summary>Times it said it lost the lease after holding it (another holder took over: the measure is then not clean).</summary>
    public int LeaseLosses { get { lock (_gate) return _leaseLosses; } }

    /// <summary>Failed passes and other error lines, as the watch printed them.</summary>
    public IReadOnlyList<string> Problems { get { lock (_gate) return _problems.ToList(); } }

    /// <summary>
    /// formhub.dll (the CLI, assembly name <c>formhub</c>) built beside the harness (the bench project references it), or
    /// beside the server given with <c>--server</c>.
    /// </summary>
    public static string FindCli(string serverDll)
    {
        // With --artifacts-path: bin/FormHub.Bench/<config>/ → bin/FormHub.Cli/<config>/. Classic layout: bench/FormHub.Bench/bin/<Config>/net10.0/.
        var candidates = new List<string>();
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(serverDll)! })
        {
            var here = new DirectoryInfo(start.TrimEnd(Path.DirectorySeparatorChar));
            if (here.Parent?.Parent is { } bin) candidates.Add(Path.Combine(bin.FullName, "FormHub.Cli", here.Name, "formhub.dll"));
            if (here.Parent is { } config && config.Parent?.Parent is { } project && project.Parent?.Parent is { } root)
                candidates.Add(Path.Combine(root.FullName, "src", "FormHub.Cli", "bin", config.Name, here.Name, "formhub.dll"));
        }
        return candidates.FirstOrDefault(File.Exists)
               ?? throw new FileNotFoundException("formhub.dll (FormHub.Cli) not found (looked in " + string.Join(", ", candidates.Distinct()) + ")");
    }

    /// <summary>
    /// Starts <c>dotnet formhub.dll --data DIR --templates DIR reports watch --interval-ms 300</c> on the run's store
    /// (PostgreSQL through FORMHUB_POSTGRES, as an operator would), its output logged to a file.
    /// </summary>
    public static MaterializerProcess Start(string cliDll, string engine, string dataDir, string formTemplates, string? postgres)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(cliDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cliDll, "--data", dataDir, "--templates", formTemplates, "reports", "watch", "--interval-ms",
                     IntervalMilliseconds.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        foreach (var name in new[] { StorageOptions.DataVariable, StorageOptions.PostgresVariable, "FORMHUB_TEMPLATES", StorageOptions.ShardLayoutVariable, AuditKeyRing.FileVariable })
            start.Environment.Remove(name);
        if (engine != "sqlite") start.Environment[StorageOptions.PostgresVariable] = postgres;
        var logPath = Path.Combine(Path.GetTempPath(), $"fh-web-materializer-{engine}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var watch = new MaterializerProcess(process, log, logPath);
        process.OutputDataReceived += (_, e) => watch.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => watch.OnLine(e.Data, error: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return watch;
    }

    private void OnLine(string? line, bool error = false)
    {
        if (line is null) return;
        var at = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _log.WriteLine(line);
            if (PassLine().Match(line) is { Success: true } pass)
            {
                _passes.Add(new Pass(at, int.Parse(pass.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(pass.Groups[2].Value, CultureInfo.InvariantCulture),
                    ProcStat.Read($"/proc/{_process.Id}").Cpu));
            }
            else if (line.Contains(HoldsLeaseLine, StringComparison.Ordinal))
            {
                _holds.TrySetResult();
            }
            else if (line.Contains("另一个进程", StringComparison.Ordinal))
            {
                if (_holds.Task.IsCompleted) _leaseLosses++;
            }
            else if (error && _problems.Count < 20)
            {
                _problems.Add(line.Length > 300 ? line[..300] + "…" : line);
            }
        }
    }

    [GeneratedRegex(@"已处理 (\d+) 条变更，用时 (\d+) 毫秒")]
    private static partial Regex PassLine();

    /// <summary>Waits until the watch says it holds the lease; throws when it exits or does not within the timeout.</summary>
    public async Task WaitForLeaseAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!_holds.Task.IsCompleted)
        {
            if (_process.HasExited) throw new InvalidOperationException($"formhub reports watch exited with code {_process.ExitCode} before it held the lease (see {LogPath})");
            if (clock.Elapsed > timeout) throw new TimeoutException($"formhub reports watch did not hold the materializer lease within {timeout.TotalSeconds:F0} s (see {LogPath})");
            await Task.WhenAny(_holds.Task, Task.Delay(200));
        }
    }

    /// <summary>The passes whose line arrived between two Stopwatch timestamps.</summary>
    public IReadOnlyList<Pass> PassesBetween(long from, long to)
    {
        lock (_gate) return _passes.Where(p => p.At >= from && p.At < to).ToList();
    }

    /// <summary>
    /// CPU per feed entry by the size of the pass (entries handled at once), over the passes in a window: a pass's rollups,
    /// outlier checks and periods are paid once for all its entries, so a materializer that falls behind (a busy machine)
    /// handles larger passes at less CPU per entry. Each pass's CPU is the process's since the previous pass line.
    /// </summary>
    public string CpuByPassSize(long from, long to)
    {
        List<(int Changes, double Cpu)> passes;
        lock (_gate)
        {
            passes = _passes.Select((p, i) => (p, i)).Where(x => x.i > 0 && x.p.At >= from && x.p.At < to)
                .Select(x => (x.p.Changes, x.p.CpuAt - _passes[x.i - 1].CpuAt)).ToList();
        }
        int[] bounds = [150, 500, 1500, int.MaxValue];
        var parts = new List<string>();
        var low = 1;
        foreach (var high in bounds)
        {
            var group = passes.Where(p => p.Changes >= low && p.Changes <= high).ToList();
            if (group.Count > 0)
            {
                var label = high == int.MaxValue ? $"> {low - 1}" : $"{low}–{high}";
                parts.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{label} entries: {group.Count} passes, {group.Sum(p => p.Cpu) * 1000 / Math.Max(1, group.Sum(p => p.Changes)):F2} ms per entry"));
            }
            low = high + 1;
        }
        return parts.Count == 0 ? "no passes" : string.Join("; ", parts);
    }

    /// <summary>The process's peak resident memory so far (VmHWM), in MB; null when it cannot be read.</summary>
    public static double? PeakRssMegabytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        return null;
    }

    /// <summary>CPU seconds so far of each of its threads (tid → name, seconds), from /proc/PID/task: the GC's threads apart.</summary>
    public Dictionary<int, (string Name, double Cpu)> ThreadCpu()
    {
        var threads = new Dictionary<int, (string, double)>();
        try
        {
            foreach (var dir in Directory.EnumerateDirectories($"/proc/{Id}/task"))
            {
                // A thread that ended meanwhile reads as ("", 0) and is left out.
                if (ProcStat.Read(dir) is { Comm.Length: > 0 } thread)
                    threads[int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture)] = (thread.Comm, thread.Cpu);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return threads;
    }

    /// <summary>CPU between two <see cref="ThreadCpu"/> readings by thread name (threads that ended in between are left out).</summary>
    public static IReadOnlyList<(string Name, double Cpu)> ThreadCpuBetween(Dictionary<int, (string Name, double Cpu)> before, Dictionary<int, (string Name, double Cpu)> after) =>
        after.GroupBy(t => t.Value.Name)
            .Select(g => (g.Key, g.Sum(t => t.Value.Cpu - (before.TryGetValue(t.Key, out var b) && b.Name == t.Value.Name ? b.Cpu : 0))))
            .Where(t => t.Item2 > 0).OrderByDescending(t => t.Item2).ToList();

    /// <summary>Kills the watch (its lease then expires; the run's data is removed anyway) and closes its log.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        lock (_gate) _log.Dispose();
        _process.Dispose();
    }
}
