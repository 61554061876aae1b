namespace FormHub.Exports;

/// <summary>What the server needs to send an export: media types and a file name a department recognises.</summary>
public static class ExportFile
{
    /// <summary>The media type of .xlsx workbooks.</summary>
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string PdfContentType = "application/pdf";

    /// <summary>The file-name words that tell a report's two workbooks apart.</summary>
    public const string OfficialLayoutVariant = "官方版式", GeneratedVariant = "生成表格";

    /// <summary>
    /// 农村最低生活保障情况月报_某县_2026年11月.pdf, without characters file systems refuse; <paramref name="variant"/>
    /// (官方版式, 生成表格) tells the two workbooks of one report apart.
    /// </summary>
    public static string FileName(ReportTable table, string extension, string? variant = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var parts = new[] { table.Title, table.UnitName, table.PeriodDisplay, variant };
        var name = string.Join('_', parts.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        var clean = new string(name.Select(ch => "\\/:*?\"<>|".Contains(ch) || char.IsControl(ch) ? '_' : ch).ToArray());
        return (clean.Length == 0 ? "报表" : clean) + "." + extension;
    }
}
