namespace FormHub.Exports.Html;

/// <summary>
/// Writes a <see cref="ReportTable"/> as one self-contained HTML document (inline CSS, no scripts, no external resources)
/// from a Scriban page template (<see cref="PrintPage"/>; FormHub's default is form-templates/print/default.html.scriban),
/// laid out the way Chinese government reports are printed: title, 填报单位 and period line, the table with a one- or
/// two-row header that repeats on every printed page, township 小计 and 合计 rows in bold, rows failing a template check
/// marked ※ and listed under the table, the narrative, the completeness line and the signature line
/// 填报单位 / 单位负责人 / 填表人 / 报出日期. The PDF printer prints this document; the server may also serve it as is.
/// </summary>
public static class ReportHtmlWriter
{
    /// <summary>Marks a row that fails a template check, in its name cell and in the list under the table.</summary>
    public const string FailingMark = "※";

    /// <summary>The report as an HTML document.</summary>
    public static string Write(ReportTable table)
    {
        using var output = new StringWriter();
        Write(table, output);
        return output.ToString();
    }

    /// <summary>
    /// Writes the report to <paramref name="output"/> with the report's own page template (<see cref="ReportTable.PrintPage"/>,
    /// from its template's <c>print:</c> key) or FormHub's default, enumerating <see cref="ReportTable.Rows"/> once.
    /// </summary>
    public static void Write(ReportTable table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        (table.PrintPage ?? PrintPage.Default).Render(table, output);
    }
}
