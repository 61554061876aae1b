using System.Diagnostics;
using System.Globalization;

namespace FormHub.Bench;

/// <summary>
/// <c>--materializer-process</c> (issue 12): the live materializer as <c>formhub reports watch</c> in its own process, so
/// that its CPU per saved change is read directly from <c>/proc</c> rather than as the difference of two runs (whose
/// baseline moved 0.7–1.2 ms per save between runs, more than the effect).
/// </summary>
internal sealed partial class WebBench
{
    /// <summary>
    /// Starts the watch on the seeded store before the server, and waits until it holds the materializer lease: the
    /// server's first pass at start then finds it held by another process and waits it out (its poll is set to 10 minutes).
    /// </summary>
    private async Task StartMaterializerProcessAsync(string dataDir)
    {
        var cli = MaterializerProcess.FindCli(serverDll);
        var clock = Stopwatch.StartNew();
        _materializer = MaterializerProcess.Start(cli, engine, dataDir, formTemplates, options.PostgresConnectionString);
        await _materializer.WaitForLeaseAsync(TimeSpan.FromMinutes(2));
        Console.WriteLine($"  materializer process pid {_materializer.Id} ({cli} reports watch --interval-ms {MaterializerProcess.IntervalMilliseconds}) " +
                          $"holds the lease after {clock.Elapsed.TotalSeconds:F1} s");
        _notes.Add($"materializer in its own process: `formhub reports watch --interval-ms {MaterializerProcess.IntervalMilliseconds}` (pid {_materializer.Id}), " +
                   "holding the lease from before the server started; the server's materializer idle (FormHub__MaterializerPollMilliseconds=600000)");
    }

    /// <summary>The watch's CPU over the measured window per recorded save and per feed entry, its passes, and its peak memory.</summary>
    private string DescribeMaterializerProcess(CpuSnapshot before, CpuSnapshot after, long warmEnd, long end, WebResult result, int serverPid,
        IReadOnlyList<(string Name, double Cpu)> threads)
    {
        var watch = _materializer!;
        var cpu = after.Materializer - before.Materializer;
        var perSave = cpu * 1000 / Math.Max(1, result.Saves.Count);
        result.MaterializerCpuMsPerSave = perSave;
        var passes = watch.PassesBetween(warmEnd, end);
        var changes = passes.Sum(p => p.Changes);
        var durations = new Samples();
        foreach (var p in passes) durations.Add(p.Milliseconds);
        var window = Stopwatch.GetElapsedTime(warmEnd, end).TotalMilliseconds;
        var busy = passes.Sum(p => (double)p.Milliseconds) / window;
        string Mb(double? mb) => mb is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:F0} MB") : "n/a";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"materializer process (issue 12, direct): {cpu / window * 1000:F2} cores, {cpu:F2} s CPU in the window = **{perSave:F2} ms per recorded save** " +
            $"({result.Saves.Count:N0} saves), {cpu * 1000 / Math.Max(1, changes):F2} ms per feed entry handled ({changes:N0} in {passes.Count} passes; " +
            $"per pass {changes / (double)Math.Max(1, passes.Count):F1} entries on average, at most {(passes.Count > 0 ? passes.Max(p => p.Changes) : 0)}; " +
            $"pass p50 / p95 / max {durations.Median:F0} / {durations.P95:F0} / {durations.Max:F0} ms; busy {busy:P0} of the window); " +
            $"peak RSS {Mb(MaterializerProcess.PeakRssMegabytes(watch.Id))} (server {Mb(MaterializerProcess.PeakRssMegabytes(serverPid))})");
        // The GC's threads (.NET SVR GC, .NET BGC) apart from the materializing threads (.NET TP Worker): what a profile's samples miss.
        text += "; CPU per feed entry by pass size: " + watch.CpuByPassSize(warmEnd, end);
        text += "; its CPU by thread (those alive at the end): " + string.Join(", ", threads.Take(6).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name} {t.Cpu:F2} s")));
        if (watch.LeaseLosses > 0) text += $"; it LOST the lease {watch.LeaseLosses} times (the measure is not clean)";
        if (watch.Problems.Count > 0) text += $"; {watch.Problems.Count} error lines, first: {watch.Problems[0]}";
        return text;
    }
}
