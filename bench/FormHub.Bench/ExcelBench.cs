using System.Diagnostics;
using System.Globalization;
using FormHub.Core.Templates;
using FormHub.Exports;
using FormHub.Bench.Shared;
using FormHub.Exports.Excel;

namespace FormHub.Bench;

/// <summary>
/// Issue 6's Excel targets, on report tables built in memory (no store: the export's own cost):
/// <list type="number">
/// <item>a county report, 300 villages in 10 townships (+ 10 小计 + 合计) over the 8 columns of
/// mz-elderly-allowance-monthly, to xlsx as a generated workbook and filled into the template's shipped layout:
/// target under 1 s each;</item>
/// <item>100,000 village rows × 30 columns (+ 1,000 小计 + 合计) streamed from a lazy sequence into a generated workbook
/// on disk: target under 15 s and peak memory under 500 MB;</item>
/// <item>for information, the same 100,000 villages filled into the shipped layout (8 columns).</item>
/// </list>
/// Peak memory is the process's peak resident set (VmHWM, <see cref="Process.PeakWorkingSet64"/>), reset before each
/// large run through /proc/self/clear_refs so it covers that run only (the report says when the reset was refused).
/// </summary>
internal static class ExcelBench
{
    private const string TemplateId = "mz-elderly-allowance-monthly";
    private const double CountyTargetMs = 1_000, LargeTargetSeconds = 15, LargeTargetMiB = 500;

    public static int Run(BenchOptions options)
    {
        var root = BenchOptions.FindRepositoryRoot();
        var templatesDir = options.TemplatesDirectory ?? Path.Combine(root, "form-templates", "templates");
        var template = TemplateLoader.LoadDirectory(templatesDir).Where(t => t.Id == TemplateId).OrderByDescending(t => t.Version).First();
        var layout = File.ReadAllBytes(Path.Combine(root, "form-templates", template.Excel!));
        var countyColumns = template.Columns.Select(c => new ReportColumn(c.Id, c.Title, c.Unit, c.Digits, c.Group)).ToList();

        Console.WriteLine($"FormHub Excel export benchmark (issue 6): {options.ExcelIterations} timed runs per county measure after 3 warm-ups; " +
                          $"large run {Fmt.Count(options.ExcelRows)} rows × 30 columns");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
                          $"GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, load average {LoadAverage()}");

        // 1. County report, 300 villages.
        var county = Table(template.Title, countyColumns, villages: 300, perTownship: 30, lazy: false);
        var generated = Time(options.ExcelIterations, s => GeneratedWorkbookWriter.Write(county, s));
        var filled = Time(options.ExcelIterations, s => LayoutWorkbookFiller.Fill(layout, county, s));

        // 2. 100,000 rows × 30 columns, generated, streamed to a file.
        var wideColumns = BenchRows.WideColumns().Select(c => new ReportColumn(c.Id, c.Title, c.Unit, c.Digits, c.Group)).ToList();
        var large = Large(Table("大表测试", wideColumns, options.ExcelRows, perTownship: 100, lazy: true), GeneratedWorkbookWriter.Write);

        // 3. For information: the same number of villages filled into the shipped layout.
        var largeFilled = Large(Table(template.Title, countyColumns, options.ExcelRows, perTownship: 100, lazy: true),
            (table, s) => LayoutWorkbookFiller.Fill(layout, table, s));

        // 4. The same two large runs with ClosedXML 0.95.4, each in its own process (it needs the Open XML SDK 2.x).
        var closedLarge = ClosedXml(["generated", options.ExcelRows.ToString(CultureInfo.InvariantCulture)]);
        var closedFilled = ClosedXml(["layout", options.ExcelRows.ToString(CultureInfo.InvariantCulture), Path.Combine(root, "form-templates", template.Excel!),
            string.Join(',', template.Columns.Select(c => c.Id))]);

        Console.WriteLine();
        Console.WriteLine(Report(options, generated, filled, large, largeFilled));
        Console.WriteLine();
        Console.WriteLine(Comparison(options, large, largeFilled, closedLarge, closedFilled));
        var met = generated.Median < CountyTargetMs && filled.Median < CountyTargetMs
                  && large.Elapsed.TotalSeconds < LargeTargetSeconds && large.PeakMiB < LargeTargetMiB;
        return met ? 0 : 1;
    }

    /// <summary>
    /// Runs FormHub.Bench.ClosedXml (built with the harness, found beside its output) with <paramref name="args"/> and an
    /// output file, and reads its one result line. A failed run is reported, not thrown: the comparison is information.
    /// </summary>
    private static LargeRun? ClosedXml(string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"formhub-closedxml-bench-{Guid.NewGuid():N}.xlsx");
        var dll = SiblingDll("FormHub.Bench.ClosedXml");
        Console.WriteLine($"ClosedXML 0.95.4: {args[0]} {args[1]} rows (child process {dll})");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[dll, .. args, path]) start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEnd();
        var stderr = child.StandardError.ReadToEnd();
        child.WaitForExit();
        File.Delete(path);
        var fields = stdout.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1]);
        if (child.ExitCode != 0 || !fields.ContainsKey("elapsed_ms"))
        {
            Console.WriteLine($"  failed (exit {child.ExitCode}): {stderr.Split('\n').FirstOrDefault()}");
            return null;
        }
        double D(string key) => double.Parse(fields[key], CultureInfo.InvariantCulture);
        return new LargeRun(TimeSpan.FromMilliseconds(D("elapsed_ms")), D("peak_mib"), fields["peak_reset"] == "True", double.NaN, (long)D("file_bytes"), LoadAverage());
    }

    /// <summary>A project's DLL built beside the harness (artifacts layout or classic bin/Config/net10.0).</summary>
    private static string SiblingDll(string project)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var candidates = new List<string>();
        if (here.Parent?.Parent is { } bin) candidates.Add(Path.Combine(bin.FullName, project, here.Name, project + ".dll"));
        if (here.Parent is { } config && config.Parent?.Parent is { } benchProject && benchProject.Parent is { } benchDir)
            candidates.Add(Path.Combine(benchDir.FullName, project, "bin", config.Name, here.Name, project + ".dll"));
        return candidates.FirstOrDefault(File.Exists)
               ?? throw new FileNotFoundException($"{project}.dll not found (looked in {string.Join(", ", candidates)}); build bench/{project}");
    }

    private static string Comparison(BenchOptions options, LargeRun large, LargeRun largeFilled, LargeRun? closedLarge, LargeRun? closedFilled)
    {
        static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
        static string Line(string what, LargeRun ours, LargeRun? theirs) => theirs is null
            ? $"| {what} | {Seconds(ours.Elapsed)}, {ours.PeakMiB:F0} MiB | failed (see above) | — | — |"
            : $"| {what} | {Seconds(ours.Elapsed)}, {ours.PeakMiB:F0} MiB, {Fmt.Bytes(ours.FileBytes)} | {Seconds(theirs.Elapsed)}, {theirs.PeakMiB:F0} MiB, {Fmt.Bytes(theirs.FileBytes)} | " +
              $"{(theirs.Elapsed / ours.Elapsed).ToString("F1", CultureInfo.InvariantCulture)}× | {(theirs.PeakMiB / ours.PeakMiB).ToString("F1", CultureInfo.InvariantCulture)}× |";
        var rows = Fmt.Count(options.ExcelRows);
        return string.Join('\n',
            "| the same run, side by side | Open XML SDK 3.3.0 (FormHub) | ClosedXML 0.95.4 | time ClosedXML / ours | peak memory ClosedXML / ours |",
            "|---|---|---|---|---|",
            Line($"{rows} rows × 30 columns → generated xlsx", large, closedLarge),
            Line($"{rows} villages → shipped layout {TemplateId}.xlsx filled", largeFilled, closedFilled));
    }

    private sealed record LargeRun(TimeSpan Elapsed, double PeakMiB, bool PeakReset, double AllocatedMiB, long FileBytes, double LoadAfter);

    /// <summary>One large export to a temp file (deleted after), with its own peak resident set.</summary>
    private static LargeRun Large(ReportTable table, Action<ReportTable, Stream> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"formhub-excel-bench-{Guid.NewGuid():N}.xlsx");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var reset = PeakMemory.Reset();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            write(table, file);
        var elapsed = sw.Elapsed;
        var result = new LargeRun(elapsed, PeakMemory.MiB(), reset,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0, new FileInfo(path).Length, LoadAverage());
        File.Delete(path);
        return result;
    }

    private static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }

    private static string Report(BenchOptions options, Timing generated, Timing filled, LargeRun large, LargeRun largeFilled)
    {
        static string Ok(bool met) => met ? "met" : "**missed**";
        string Peak(LargeRun r) => $"{r.PeakMiB:F0} MiB{(r.PeakReset ? "" : " (whole process: peak reset refused)")}";
        var rows = Fmt.Count(options.ExcelRows);
        return string.Join('\n',
            "| measure | result | target | |",
            "|---|---|---|---|",
            $"| county report, 300 villages × 8 columns → generated xlsx | median {Fmt.Ms(generated.Median)}, max {Fmt.Ms(generated.Max)} ({Fmt.Bytes(generated.Bytes)}) | < 1 s | {Ok(generated.Median < CountyTargetMs)} |",
            $"| county report, 300 villages → shipped layout {TemplateId}.xlsx filled | median {Fmt.Ms(filled.Median)}, max {Fmt.Ms(filled.Max)} ({Fmt.Bytes(filled.Bytes)}) | < 1 s | {Ok(filled.Median < CountyTargetMs)} |",
            $"| {rows} rows × 30 columns → generated xlsx on disk | {large.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s, {Fmt.Bytes(large.FileBytes)} | < 15 s | {Ok(large.Elapsed.TotalSeconds < LargeTargetSeconds)} |",
            $"| the same: peak resident set during the run | {Peak(large)} (allocated {large.AllocatedMiB:F0} MiB in all) | < 500 MB | {Ok(large.PeakMiB < LargeTargetMiB)} |",
            $"| (information) {rows} villages × 8 columns → shipped layout filled, on disk | {largeFilled.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s, {Fmt.Bytes(largeFilled.FileBytes)}, peak {Peak(largeFilled)} | — | |",
            "",
            $"load average after the large runs: {large.LoadAfter.ToString("F2", CultureInfo.InvariantCulture)}, {largeFilled.LoadAfter.ToString("F2", CultureInfo.InvariantCulture)}");
    }

    private static ReportTable Table(string title, IReadOnlyList<ReportColumn> columns, int villages, int perTownship, bool lazy)
    {
        var rows = Rows(columns.Count, villages, perTownship);
        return new ReportTable
        {
            TemplateId = "bench", Version = 1, Title = title, Department = "民政", PeriodKey = "2026-11", PeriodDisplay = "2026年11月",
            UnitCode = "361025000000", UnitName = "某某县", Columns = columns,
            Rows = lazy ? rows : rows.ToList(),
            Narrative = "截至2026年11月30日，全县享受高龄津贴老年人情况见上表。",
            CompletenessLine = $"应报 {villages} 个村，已报 {villages} 个，已审核 {villages} 个，逾期 0 个",
            Signature = new ReportSignature("某某县民政局", "王某某", "李某某", new DateOnly(2026, 12, 5)),
        };
    }

    /// <summary>The shared synthetic rows (<see cref="BenchRows"/>) as report table rows.</summary>
    private static IEnumerable<ReportTableRow> Rows(int columns, int villages, int perTownship) =>
        BenchRows.Rows(columns, villages, perTownship).Select(r => new ReportTableRow(r.Kind switch
        {
            BenchRowKind.Subtotal => ReportRowKind.Subtotal,
            BenchRowKind.Total => ReportRowKind.Total,
            _ => ReportRowKind.Unit,
        }, r.Code, r.Name, r.Values, r.FailingChecks));

    private sealed record Timing(double Median, double Max, long Bytes);

    private static Timing Time(int iterations, Action<Stream> write)
    {
        long bytes = 0;
        for (var i = 0; i < 3; i++)
        {
            using var warm = new MemoryStream();
            write(warm);
            bytes = warm.Length;
        }
        var ms = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            using var output = new MemoryStream();
            var sw = Stopwatch.StartNew();
            write(output);
            ms.Add(sw.Elapsed.TotalMilliseconds);
        }
        ms.Sort();
        return new Timing(ms[ms.Count / 2], ms[^1], bytes);
    }
}
