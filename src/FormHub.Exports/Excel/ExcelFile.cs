namespace FormHub.Exports.Excel;

/// <summary>What the server needs to send a workbook: its media type and a file name a department recognises.</summary>
public static class ExcelFile
{
    /// <summary>The media type of .xlsx workbooks.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>农村最低生活保障情况月报_某县_2026年11月.xlsx, without characters file systems refuse.</summary>
    public static string FileName(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var name = string.Join('_', new[] { table.Title, table.UnitName, table.PeriodDisplay }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()));
        var clean = new string(name.Select(ch => "\\/:*?\"<>|".Contains(ch) || char.IsControl(ch) ? '_' : ch).ToArray());
        return (clean.Length == 0 ? "报表" : clean) + ".xlsx";
    }
}
