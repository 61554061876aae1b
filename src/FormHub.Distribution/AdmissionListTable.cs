using FormHub.Core.Text;
using FormHub.Exports;
using FormHub.Reports.Admission;

namespace FormHub.Distribution;

/// <summary>
/// The 准入清单 as a <see cref="ReportTable"/>, so the generated-workbook writer that every report uses writes its Excel
/// download too: one row per admitted report (its title in the unit column), then department, frequency, fields, first
/// period, burden and the decision.
/// </summary>
public static class AdmissionListTable
{
    public const string Id = "admission-list";

    public static ReportTable Build(IReadOnlyList<AdmissionListEntry> entries, string areaCode, string areaName, DateOnly today) => new()
    {
        TemplateId = Id,
        Version = 1,
        Title = "报表准入清单",
        Department = "数据局",
        PeriodKey = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        PeriodDisplay = ChineseFormat.Date(today),
        UnitCode = areaCode,
        UnitName = areaName,
        Columns =
        [
            new ReportColumn("id", "报表编号", null, null, null),
            new ReportColumn("department", "部门", null, null, null),
            new ReportColumn("frequency", "频次", null, null, null),
            new ReportColumn("field_count", "字段数", "个", 0, null),
            new ReportColumn("fields", "读取字段", null, null, null),
            new ReportColumn("first_period", "首期", null, null, null),
            new ReportColumn("burden", "新增录入（项/期）", "项", 0, null),
            new ReportColumn("decision", "准入决定", null, null, null),
            new ReportColumn("decided_by", "决定人", null, null, null),
            new ReportColumn("reason", "理由", null, null, null),
        ],
        Rows = entries.Select(e => new ReportTableRow(ReportRowKind.Unit, e.TemplateId, e.Title,
            [e.TemplateId, e.Department, Frequency(e.PeriodType), (decimal)e.Fields.Count, string.Join("、", e.Fields), e.FirstPeriod,
                e.NewValuesPerPeriod is { } n ? (decimal)n : null, e.Decision, e.DecidedBy, e.Reason], [])).ToList(),
        Signature = new ReportSignature(areaName, null, null, today),
    };

    public static string Frequency(string periodType) => periodType switch
    {
        "monthly" => "月报",
        "quarterly" => "季报",
        _ => "年报",
    };
}
