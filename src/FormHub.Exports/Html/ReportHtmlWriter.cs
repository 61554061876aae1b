using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace FormHub.Exports.Html;

/// <summary>
/// Writes a <see cref="ReportTable"/> as one self-contained HTML document (inline CSS, no scripts, no external resources)
/// laid out the way Chinese government reports are printed: title, 填报单位 and period line, the table with a one- or
/// two-row header that repeats on every printed page, township 小计 and 合计 rows in bold, rows failing a template check
/// marked ※ and listed under the table, the narrative, the completeness line and the signature line
/// 填报单位 / 单位负责人 / 填表人 / 报出日期. The PDF printer prints this document; the server may also serve it as is.
/// </summary>
public static class ReportHtmlWriter
{
    /// <summary>Marks a row that fails a template check, in its name cell and in the list under the table.</summary>
    public const string FailingMark = "※";

    // Encodes markup characters only: Chinese stays readable text rather than &#x...; escapes.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The report as an HTML document.</summary>
    public static string Write(ReportTable table)
    {
        using var output = new StringWriter();
        Write(table, output);
        return output.ToString();
    }

    /// <summary>Writes the report to <paramref name="output"/>, enumerating <see cref="ReportTable.Rows"/> once.</summary>
    public static void Write(ReportTable table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        var w = output;
        w.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        // The document needs nothing from outside: a CSP that forbids it all keeps it so wherever it is opened.
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        w.Write($"<title>{Encode(table.Title)}</title>\n<style>\n");
        w.Write(ReportHtmlStyle.Css(ReportPageLayout.IsLandscape(table)));
        w.Write("</style>\n</head>\n<body>\n");

        w.Write($"<h1>{Encode(table.Title)}</h1>\n");
        w.Write("<div class=\"meta\">");
        w.Write($"<span>填报单位：{Encode(table.UnitName)}</span>");
        w.Write($"<span>报告期：{Encode(table.PeriodDisplay)}</span>");
        w.Write($"<span>制表部门：{Encode(table.Department)}　表号：{Encode(table.FormNumberText)}</span>");
        w.Write("</div>\n");
        if (!string.IsNullOrWhiteSpace(table.DraftNote)) w.Write($"<p class=\"draft-note\">{Encode(table.DraftNote)}</p>\n");

        var failing = WriteTable(table, w);
        if (failing.Count > 0)
        {
            w.Write($"<div class=\"checks\"><span class=\"mark\">{FailingMark}</span> 未通过审核规则的行：<ul>\n");
            foreach (var (label, messages) in failing)
                w.Write($"<li>{Encode(label)}：{Encode(string.Join("；", messages))}</li>\n");
            w.Write("</ul></div>\n");
        }

        if (!string.IsNullOrWhiteSpace(table.Narrative)) w.Write($"<p class=\"narrative\">{Encode(table.Narrative)}</p>\n");
        if (!string.IsNullOrWhiteSpace(table.CompletenessLine)) w.Write($"<p class=\"completeness\">{Encode(table.CompletenessLine)}</p>\n");

        var s = table.Signature;
        w.Write("<div class=\"signature\">");
        w.Write($"<span>填报单位：{Encode(s.Unit)}</span>");
        w.Write($"<span>单位负责人：{Filled(s.Head)}</span>");
        w.Write($"<span>填表人：{Filled(s.Preparer)}</span>");
        w.Write($"<span>报出日期：{Encode(s.ReportDateZh)}</span>");
        w.Write("</div>\n</body>\n</html>\n");
    }

    /// <summary>Writes the table and returns the rows that fail checks (label, messages) for the list under it.</summary>
    private static List<(string Label, IReadOnlyList<string> Messages)> WriteTable(ReportTable table, TextWriter w)
    {
        var columns = table.Columns;
        w.Write("<table class=\"report\">\n<thead>\n");
        foreach (var headerRow in ReportHeaderCells.Rows(columns))
        {
            w.Write("<tr>");
            foreach (var cell in headerRow)
            {
                w.Write("<th");
                if (cell.ColumnSpan > 1) w.Write($" colspan=\"{cell.ColumnSpan}\"");
                if (cell.RowSpan > 1) w.Write($" rowspan=\"{cell.RowSpan}\"");
                w.Write($">{Encode(cell.Text)}</th>");
            }
            w.Write("</tr>\n");
        }
        w.Write("</thead>\n<tbody>\n");

        var failing = new List<(string, IReadOnlyList<string>)>();
        foreach (var row in table.Rows)
        {
            var label = ReportCellText.RowLabel(row);
            var fails = row.FailingChecks.Count > 0;
            var kind = row.Kind switch { ReportRowKind.Subtotal => "subtotal", ReportRowKind.Total => "total", _ => "unit" };
            w.Write($"<tr class=\"{kind}{(fails ? " failing" : "")}\">");
            w.Write($"<td class=\"name\">{Encode(label)}");
            if (fails)
            {
                w.Write($"<span class=\"mark\" title=\"{Encode(string.Join("；", row.FailingChecks))}\">{FailingMark}</span>");
                failing.Add((label, row.FailingChecks));
            }
            w.Write("</td>");
            for (var i = 0; i < columns.Count; i++)
            {
                // A short row (fewer values than columns) prints the missing cells as not derived rather than failing the export.
                var value = i < row.Values.Count ? row.Values[i] : null;
                w.Write(ReportCellText.IsNumber(value) ? "<td class=\"num\">" : "<td class=\"text\">");
                w.Write(Encode(ReportCellText.Value(value, columns[i])));
                w.Write("</td>");
            }
            w.Write("</tr>\n");
        }
        w.Write("</tbody>\n</table>\n");
        return failing;
    }

    private static string Filled(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "<span class=\"blank\"></span>" : Encode(text);

    private static string Encode(string text) => Encoder.Encode(text);
}
