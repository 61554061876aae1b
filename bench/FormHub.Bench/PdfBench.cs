using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FormHub.Exports;
using FormHub.Exports.Html;
using FormHub.Exports.Pdf;

namespace FormHub.Bench;

/// <summary>
/// Issue 6's PDF target: "county report (300 villages) to PDF under 3 s with Chromium warm". Builds a county report in
/// memory (the villages under 4 townships, a subtotal after each township, the total last; 10 columns, two of them
/// groups), prints it once to start Chromium (not recorded), then <see cref="BenchOptions.PdfExports"/> times in a row
/// through the same <see cref="PdfPrinter"/> the server keeps for its process; each export is the whole call, HTML
/// writing included. Then a burst of 4 exports at once, which the printer's limit of 2 concurrent exports queues.
/// Target met when the warm p95 is under 3 s.
/// </summary>
internal static partial class PdfBench
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(3);
    private const int Townships = 4;
    private const int Burst = 4;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var villages = options.Villages;
        Console.WriteLine($"FormHub PDF export benchmark (issue 6): county report of {villages} villages in {Townships} townships, " +
                          $"{Columns.Count} columns; {options.PdfExports} warm exports after one that starts Chromium");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
                          $"load average {LoadAverage()}");
        Console.WriteLine($"chromium: {PdfPrinter.DefaultChromiumPath} ({ChromiumVersion(PdfPrinter.DefaultChromiumPath)})");

        var html = new Samples();
        for (var i = 0; i < 5; i++)
        {
            var start = Stopwatch.GetTimestamp();
            ReportHtmlWriter.Write(CountyReport(villages));
            html.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        await using var printer = new PdfPrinter();
        var coldStart = Stopwatch.GetTimestamp();
        var first = await printer.PrintAsync(CountyReport(villages));
        var cold = Stopwatch.GetElapsedTime(coldStart);

        var warm = new Samples();
        for (var i = 0; i < options.PdfExports; i++)
            await warm.TimeAsync(() => printer.PrintAsync(CountyReport(villages)));

        var burst = new Samples();
        var burstStart = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => burst.TimeAsync(() => printer.PrintAsync(CountyReport(villages)))));
        var burstWall = Stopwatch.GetElapsedTime(burstStart);

        var met = warm.P95 < Target.TotalMilliseconds;
        Console.WriteLine();
        Console.WriteLine("| measure | target | result |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| HTML document ({Fmt.Count(villages + Townships + 1)} rows), `ReportHtmlWriter.Write` | | median {Fmt.Ms(html.Median)} |");
        Console.WriteLine($"| first export, Chromium started (not recorded) | | {Fmt.Ms(cold.TotalMilliseconds)} |");
        Console.WriteLine($"| county report to PDF, Chromium warm: median | | **{Fmt.Ms(warm.Median)}** |");
        Console.WriteLine($"| … p95 / max (n = {warm.Count}) | < 3 s | **{Fmt.Ms(warm.P95)}** / {Fmt.Ms(warm.Max)} {(met ? "✅" : "❌")} |");
        Console.WriteLine($"| burst of {Burst} at once (limit 2 concurrent): wall / slowest | | {Fmt.Ms(burstWall.TotalMilliseconds)} / {Fmt.Ms(burst.Max)} |");
        Console.WriteLine($"| PDF | | {Fmt.Bytes(first.Length)}, {Pages(first)} pages A4 {(ReportPageLayout.IsLandscape(CountyReport(villages)) ? "landscape" : "portrait")} |");
        Console.WriteLine($"| Chromium launches | 1 | {printer.BrowserLaunches} |");
        Console.WriteLine();
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return met ? 0 : 1;
    }

    private static readonly IReadOnlyList<ReportColumn> Columns =
    [
        new("hh", "低保户数", "户", 0, "农村低保"),
        new("persons", "低保人数", "人", 0, "农村低保"),
        new("funds", "发放金额", "元", 2, "农村低保"),
        new("avg", "户均月保障金", "元", 2, null),
        new("tekun_hh", "特困户数", "户", 0, "特困供养"),
        new("tekun_persons", "特困人数", "人", 0, "特困供养"),
        new("tekun_funds", "供养金额", "元", 2, "特困供养"),
        new("disabled", "残疾人数", "人", 0, null),
        new("elderly", "高龄津贴人数", "人", 0, null),
        new("orphans", "孤儿人数", "人", 0, null),
    ];

    /// <summary>A county report as the server would build it: fresh (and lazily enumerated) for every export.</summary>
    private static ReportTable CountyReport(int villages) => new()
    {
        TemplateId = "mz-dibao-monthly",
        Version = 1,
        Title = "农村最低生活保障情况月报",
        Department = "民政",
        PeriodKey = "2026-11",
        PeriodDisplay = "2026年11月",
        UnitCode = "361025000000",
        UnitName = "南城县",
        Columns = Columns,
        Rows = Rows(villages),
        Narrative = "截至2026年11月30日，南城县共有农村低保户、特困供养人员若干，各项资金已按月足额发放。",
        Signature = new ReportSignature("南城县民政局", "王建国", "李小梅", new DateOnly(2026, 12, 5)),
        CompletenessLine = $"应报 {villages} 个村，已报 {villages} 个，已审核 {villages - 2} 个，逾期 0 个",
    };

    private static IEnumerable<ReportTableRow> Rows(int villages)
    {
        var total = new decimal[Columns.Count];
        var perTownship = (villages + Townships - 1) / Townships;
        var v = 0;
        for (var t = 0; t < Townships; t++)
        {
            var township = $"3610251{t:00}000";
            var subtotal = new decimal[Columns.Count];
            for (var i = 0; i < perTownship && v < villages; i++, v++)
            {
                decimal hh = 8 + v % 23, persons = hh * 2 + v % 5, funds = persons * 652.5m, tekunHh = v % 4, tekunPersons = tekunHh;
                decimal[] values = [hh, persons, funds, Math.Round(funds / hh, 2), tekunHh, tekunPersons, tekunPersons * 980m, 30 + v % 17, 12 + v % 9, v % 29 == 0 ? 1 : 0];
                for (var c = 0; c < values.Length; c++) subtotal[c] += values[c];
                // One village in 50 fails a check, as a real month has a few.
                IReadOnlyList<string> failing = v % 50 == 7 ? ["低保人数不能少于低保户数"] : [];
                yield return new ReportTableRow(ReportRowKind.Unit, $"{township[..9]}{200 + i:000}", $"第{v + 1}村", values.Cast<object?>().ToArray(), failing);
            }
            subtotal[3] = subtotal[0] == 0 ? 0 : Math.Round(subtotal[2] / subtotal[0], 2);
            for (var c = 0; c < total.Length; c++) total[c] += subtotal[c];
            yield return new ReportTableRow(ReportRowKind.Subtotal, township, $"第{t + 1}镇", subtotal.Cast<object?>().ToArray(), []);
        }
        total[3] = total[0] == 0 ? 0 : Math.Round(total[2] / total[0], 2);
        yield return new ReportTableRow(ReportRowKind.Total, "361025000000", "南城县", total.Cast<object?>().ToArray(), []);
    }

    private static int Pages(byte[] pdf) => PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    private static string ChromiumVersion(string path)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(path, "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var version = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return "not runnable: " + e.Message;
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
