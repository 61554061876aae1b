namespace FormHub.Exports.Html;

/// <summary>
/// The inline style sheet of a printed report, in the manner of Chinese government forms: centred title, the 填报单位 line,
/// a ruled table whose header repeats on every page, bold 小计 and 合计 rows, right-aligned figures, and the signature line.
/// </summary>
public static class ReportHtmlStyle
{
    /// <summary>The style sheet for a report; <paramref name="landscape"/> turns the page for a browser's own print.</summary>
    public static string Css(bool landscape) => $$"""
        @page { size: A4 {{(landscape ? "landscape" : "portrait")}}; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: {{ReportPageLayout.FontFamily}}; font-size: 10pt; color: #000; margin: 0; }
        h1 { text-align: center; font-size: 16pt; font-weight: bold; margin: 0 0 8pt; letter-spacing: 1pt; }
        .meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 4pt; }
        table.report { width: 100%; border-collapse: collapse; font-size: 9pt; }
        table.report th, table.report td { border: 0.75pt solid #000; padding: 2pt 4pt; }
        table.report th { text-align: center; vertical-align: middle; font-weight: bold; background: #f0f0f0; }
        /* Chromium repeats a table-header-group at the top of every printed page. */
        table.report thead { display: table-header-group; }
        table.report tr { page-break-inside: avoid; break-inside: avoid; }
        table.report td.name { white-space: nowrap; }
        table.report tr.unit td.name { padding-left: 12pt; }
        table.report td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.report td.text { text-align: center; }
        table.report tr.subtotal, table.report tr.total { font-weight: bold; }
        table.report tr.subtotal td { background: #f5f5f5; }
        table.report tr.total td { background: #e8e8e8; }
        table.report tr.failing td { background: #fde2e0; }
        .mark { color: #c00000; font-weight: bold; }
        .checks { font-size: 9pt; margin: 4pt 0 0; }
        .checks ul { margin: 2pt 0 0; padding-left: 16pt; }
        .narrative { font-size: 10pt; text-indent: 2em; line-height: 1.6; margin: 8pt 0 0; }
        .completeness { font-size: 9.5pt; margin: 4pt 0 0; }
        .draft-note { font-size: 10pt; font-weight: bold; margin: 4pt 0; }
        .signature { display: flex; justify-content: space-between; font-size: 10pt; margin-top: 12pt; break-inside: avoid; }
        .signature .blank { display: inline-block; min-width: 6em; }
        h1, table.report th, table.report tr.subtotal, table.report tr.total, .mark, .draft-note { font-family: {{ReportPageLayout.BoldFontFamily}}; }
        """;
}
