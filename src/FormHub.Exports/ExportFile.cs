namespace FormHub.Exports;

/// <summary>What the server needs to send an export: media types and a file name a department recognises.</summary>
public static class ExportFile
{
    /// <summary>The media type of .xlsx workbooks.</summary>
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string PdfContentType = "application/pdf";

    /// <summary>农村最低生活保障情况月报_某县_2026年11月.xlsx, without characters file systems refuse.</summary>
    public static string FileName(ReportTable table, string extension)
    {
        ArgumentNullException.ThrowIfNull(table);
        var name = string.Join('_', new[] { table.Title, table.UnitName, table.PeriodDisplay }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()));
        var clean = new string(name.Select(ch => "\\/:*?\"<>|".Contains(ch) || char.IsControl(ch) ? '_' : ch).ToArray());
        return (clean.Length == 0 ? "报表" : clean) + "." + extension;
    }
}
