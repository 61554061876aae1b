using System.Globalization;
using System.Text;

namespace FormHub.Bench;

/// <summary>
/// The closed-loop knee (issue 17): the same signed-in cadres, in steps of more and more of them, each always with a
/// request in flight (no think time), each step warmed up and measured like the single load. Saves/s grows with the
/// cadres until the server (or the machine) is saturated; past the knee more cadres only queue, and latency grows instead.
/// The knee is the fewest cadres whose saves/s is within 10 % of the best step's.
/// </summary>
internal sealed partial class WebBench
{
    private async Task<WebResult> RunKneeAsync(List<Cadre> cadres, int serverPid)
    {
        var steps = options.KneeSteps.Where(n => n <= cadres.Count).Distinct().ToList();
        if (steps.Count < options.KneeSteps.Count)
            _notes.Add($"knee steps above the {cadres.Count} cadres signed in were left out (seed more with --cadres)");
        if (steps.Count == 0) steps = [cadres.Count];
        var results = new List<(int Cadres, WebResult Result)>();
        foreach (var n in steps)
        {
            Console.WriteLine($"  knee step: {n} cadres, closed loop");
            var subset = cadres.Take(n).ToList();
            foreach (var c in cadres) c.ResetSamples();
            results.Add((n, await RunLoadAsync(subset, serverPid, hostileAdmin: null, closedLoop: true)));
        }
        var rates = results.Select(r => r.Result.Saves.Count / (double)options.DurationSeconds).ToList();
        var best = rates.Max();
        var knee = results[rates.FindIndex(r => r >= 0.9 * best)].Cadres;
        var table = new StringBuilder();
        table.AppendLine($"closed-loop knee ({options.WarmUpSeconds} s warm-up + {options.DurationSeconds} s measured per step): " +
                         $"saves/s stops growing at **{knee} cadres** (best {best:F1} saves/s)");
        table.AppendLine();
        table.AppendLine("| cadres | saves/s | save p50 / p95 / p99 | reads/s | errors | server CPU per save |");
        table.AppendLine("|---|---|---|---|---|---|");
        for (var i = 0; i < results.Count; i++)
        {
            var (n, r) = results[i];
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {rates[i]:F1} | {r.Saves.Median:F0} / {r.Saves.P95:F0} / {r.Saves.Percentile(99):F0} ms | {r.Reads.Count / (double)options.DurationSeconds:F1} | " +
                $"{r.SaveErrors + r.ReadErrors} | {r.ServerCpuMsPerSave:F1} ms |"));
        }
        Console.WriteLine(table.ToString());
        _notes.Add(table.ToString().TrimEnd());
        // The reported load is the largest step; errors of every step count.
        var last = results[^1].Result;
        return new WebResult
        {
            Reads = last.Reads, Saves = last.Saves, Seconds = last.Seconds, Cadres = last.Cadres, Cpu = last.Cpu, WorstSeconds = last.WorstSeconds,
            ServerCpuMsPerSave = last.ServerCpuMsPerSave, Iterations = results.Sum(r => r.Result.Iterations),
            ReadErrors = results.Sum(r => r.Result.ReadErrors), SaveErrors = results.Sum(r => r.Result.SaveErrors),
            WarmUpErrors = results.Sum(r => r.Result.WarmUpErrors),
        };
    }
}
