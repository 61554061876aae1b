using Scriban.Runtime;

namespace FormHub.Exports.Html;

/// <summary>
/// What a print page template reads (documented at the top of form-templates/print/default.html.scriban): the report's
/// title block, header rows, rows, failing rows, narrative, completeness and signature. Rows are handed over lazily,
/// so a county of 100,000 rows streams; the failing rows fill up while the rows are looped over.
/// </summary>
internal static class PrintPageModel
{
    public static ScriptObject For(ReportTable table)
    {
        var landscape = ReportPageLayout.IsLandscape(table);
        var failing = new ScriptArray();
        var s = table.Signature;
        var report = new ScriptObject
        {
            ["title"] = table.Title,
            ["department"] = table.Department,
            ["template_id"] = table.TemplateId,
            ["version"] = table.Version,
            ["form_number"] = table.FormNumberText,
            ["draft_note"] = string.IsNullOrWhiteSpace(table.DraftNote) ? null : table.DraftNote,
            ["unit"] = table.UnitName,
            ["period"] = table.PeriodDisplay,
            ["landscape"] = landscape,
            ["style"] = new HtmlFragment(ReportHtmlStyle.Css(landscape)),
            ["header_rows"] = new ScriptArray(ReportHeaderCells.Rows(table.Columns).Select(cells => new ScriptObject
            {
                ["cells"] = new ScriptArray(cells.Select(c => new ScriptObject { ["text"] = c.Text, ["colspan"] = c.ColumnSpan, ["rowspan"] = c.RowSpan })),
            })),
            ["rows"] = Rows(table, failing),
            ["failing_rows"] = failing,
            ["narrative"] = string.IsNullOrWhiteSpace(table.Narrative) ? null : table.Narrative,
            ["completeness"] = string.IsNullOrWhiteSpace(table.CompletenessLine) ? null : table.CompletenessLine,
            ["signature"] = new ScriptObject
            {
                ["unit"] = s.Unit,
                ["head"] = string.IsNullOrWhiteSpace(s.Head) ? null : s.Head,
                ["preparer"] = string.IsNullOrWhiteSpace(s.Preparer) ? null : s.Preparer,
                ["date"] = s.ReportDateZh,
            },
        };
        return new ScriptObject { ["report"] = report, ["mark"] = ReportHtmlWriter.FailingMark };
    }

    private static IEnumerable<ScriptObject> Rows(ReportTable table, ScriptArray failing)
    {
        var columns = table.Columns;
        foreach (var row in table.Rows)
        {
            var label = ReportCellText.RowLabel(row);
            var fails = row.FailingChecks.Count > 0;
            var failingText = string.Join("；", row.FailingChecks);
            if (fails) failing.Add(new ScriptObject { ["label"] = label, ["messages"] = failingText });
            var cells = new ScriptArray(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                // A short row (fewer values than columns) prints the missing cells as not derived rather than failing the export.
                var value = i < row.Values.Count ? row.Values[i] : null;
                cells.Add(new ScriptObject { ["text"] = ReportCellText.Value(value, columns[i]), ["number"] = ReportCellText.IsNumber(value) });
            }
            yield return new ScriptObject
            {
                ["kind"] = row.Kind switch { ReportRowKind.Subtotal => "subtotal", ReportRowKind.Total => "total", _ => "unit" },
                ["label"] = label,
                ["failing"] = fails,
                ["failing_text"] = failingText,
                ["cells"] = cells,
            };
        }
    }

    /// <summary>A small report with every part present (groups, a failing row, subtotal, total, narrative), for checking a page template strictly.</summary>
    public static ReportTable Sample { get; } = new()
    {
        TemplateId = "sample",
        Version = 1,
        Title = "示例报表",
        Department = "民政",
        PeriodKey = "2026-11",
        PeriodDisplay = "2026年11月",
        UnitCode = "360835000000",
        UnitName = "示例县",
        Columns = [new ReportColumn("hh", "户数", "户", 0, "其中"), new ReportColumn("funds", "金额", "元", 2, null)],
        Rows =
        [
            new ReportTableRow(ReportRowKind.Unit, "360835100200", "示例村委会", [1m, 10.5m], ["示例校验"]),
            new ReportTableRow(ReportRowKind.Subtotal, "360835100000", "示例镇", [1m, 10.5m], []),
            new ReportTableRow(ReportRowKind.Total, "360835000000", "示例县", [1m, null], []),
        ],
        FormNumber = "示统1表",
        DraftNote = "未审核村 1 个，数据仅供参考",
        Narrative = "示例说明",
        CompletenessLine = "应报 1 个村，已报 1 个",
        Signature = new ReportSignature("示例县民政局", "张三", "李四", new DateOnly(2026, 12, 5)),
    };
}
