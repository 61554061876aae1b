using System.Globalization;
using FormHub.Exports.Csv;

namespace FormHub.Distribution;

/// <summary>
/// 报送情况 as CSV (UTF-8 with BOM) for a department's own BI: one line per report due with the filing month, the
/// counts and both rates; late villages are in the JSON answer, not in this flat table.
/// </summary>
public static class CompletenessCsvWriter
{
    public static readonly IReadOnlyList<string> Header =
        ["报表编号", "报表名称", "报告期", "填报月份", "截止日期", "应报村数", "已报村数", "已审核村数", "按时报送村数", "逾期村数", "报送率(%)", "及时率(%)"];

    public static async Task WriteAsync(IEnumerable<Completeness> reports, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        await using var writer = new StreamWriter(output, CsvLine.Utf8WithBom, bufferSize: 1 << 14, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(CsvLine.Of(Header));
        foreach (var c in reports)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(CsvLine.Of([c.TemplateId, c.Title, c.ReportPeriod, c.FilingMonth, c.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(c.Villages), Number(c.Submitted + c.Approved), Number(c.Approved), Number(c.OnTime), Number(c.Late.Count),
                c.ReportingRate.ToString("0.0", CultureInfo.InvariantCulture), c.OnTimeRate.ToString("0.0", CultureInfo.InvariantCulture)]));
        }

        await writer.FlushAsync(ct);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
