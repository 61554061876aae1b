using System.Text;

namespace FormHub.Bench;

/// <summary>The markdown summary: one row per measure, one column per engine.</summary>
internal static class Report
{
    public static string Markdown(List<EngineResult> results, BenchOptions options, CountyData county)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Scale: {county.Villages.Count} villages × {options.HouseholdsPerVillage} households × ~{options.PersonsPerHousehold} persons; " +
                      (options.Storage ? $"{options.Reads} timed reads, {options.Saves} timed saves; " : "") +
                      (options.Templates ? $"templates for {options.Month.Key}, {options.LiveSaves} live saves, {options.Previews} timed previews; " : "") +
                      $"load parallelism {options.LoadParallelism}.");
        sb.AppendLine();
        foreach (var r in results) sb.AppendLine($"- {r.Engine}: {r.Description}");
        sb.AppendLine();
        foreach (var section in results.SelectMany(r => r.Measures.Select(m => m.Section)).Distinct().ToList())
        {
            sb.AppendLine($"{section}:");
            sb.AppendLine();
            sb.Append("| measure | target |");
            foreach (var r in results) sb.Append($" {r.Engine} |");
            sb.AppendLine();
            sb.Append("|---|---|");
            foreach (var _ in results) sb.Append("---|");
            sb.AppendLine();
            var rows = results.SelectMany(r => r.Measures.Where(m => m.Section == section).Select(m => (m.Name, m.Target))).Distinct().ToList();
            foreach (var (name, target) in rows)
            {
                sb.Append($"| {name} | {target} |");
                foreach (var r in results)
                {
                    var m = r.Measures.FirstOrDefault(m => m.Section == section && m.Name == name && m.Target == target);
                    sb.Append(m is null ? " – |" : $" {m.Value}{(m.Met switch { true => " ✅", false => " ❌", null => "" })} |");
                }
                sb.AppendLine();
            }
            sb.AppendLine();
        }
        foreach (var r in results)
        {
            sb.AppendLine();
            sb.AppendLine($"{r.Engine} notes:");
            foreach (var n in r.Notes) sb.AppendLine($"- {n}");
        }
        return sb.ToString();
    }
}
