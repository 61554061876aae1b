namespace FormHub.Exports;

/// <summary>
/// One department report for an area and period as every rendering shows it (report view, generated Excel, official
/// layout, PDF): the title block, the columns, the rows in reading order (villages under their township, each township's
/// subtotal after its villages, the area's total last), the narrative and the signature line (填报单位 / 单位负责人 /
/// 填表人 / 报出日期). <see cref="Rows"/> may be a lazy sequence: writers enumerate it once, so 100,000 rows stream.
/// </summary>
public sealed record ReportTable
{
    public required string TemplateId { get; init; }
    public required int Version { get; init; }
    /// <summary>e.g. 农村最低生活保障情况月报</summary>
    public required string Title { get; init; }
    /// <summary>e.g. 民政</summary>
    public required string Department { get; init; }
    /// <summary>e.g. 2026-11</summary>
    public required string PeriodKey { get; init; }
    /// <summary>e.g. 2026年11月</summary>
    public required string PeriodDisplay { get; init; }
    /// <summary>The area the report covers (a county, township or village), named on the 填报单位 line.</summary>
    public required string UnitCode { get; init; }
    public required string UnitName { get; init; }
    public required IReadOnlyList<ReportColumn> Columns { get; init; }
    public required IEnumerable<ReportTableRow> Rows { get; init; }
    public string? Narrative { get; init; }
    public required ReportSignature Signature { get; init; }
    /// <summary>e.g. 应报 22 个村，已报 20 个，已审核 18 个，逾期 2 个</summary>
    public string? CompletenessLine { get; init; }
    /// <summary>The printed page's template (the report template's <c>print:</c>); null for FormHub's default.</summary>
    public Html.PrintPage? PrintPage { get; init; }
    /// <summary>表号 from the template (e.g. 民统1表); null: the header names the template id and version instead.</summary>
    public string? FormNumber { get; init; }
    /// <summary>
    /// 未审核村 N 个，数据仅供参考 when the figures include villages whose month is not approved yet (null when every
    /// village is): every rendering shows it, so a draft figure is never taken for a final one.
    /// </summary>
    public string? DraftNote { get; init; }

    /// <summary>表号 as the header prints it: the department's form number, else the template id and version.</summary>
    public string FormNumberText => string.IsNullOrWhiteSpace(FormNumber) ? $"{TemplateId}（第{Version}版）" : FormNumber.Trim();
}

/// <summary>
/// A report column: <see cref="Group"/> is the upper header cell shared by adjacent columns (a two-row header);
/// <see cref="TitleEn"/> the template's English title, for the page in English (downloads print the Chinese one).
/// </summary>
public sealed record ReportColumn(string Id, string Title, string? Unit, int? Digits, string? Group, string? TitleEn = null);

/// <summary>Where a row sits in the report.</summary>
public enum ReportRowKind
{
    /// <summary>A village's own row (or the lowest unit's).</summary>
    Unit,
    /// <summary>A township's subtotal (小计), after its villages.</summary>
    Subtotal,
    /// <summary>The whole area's total (合计), last.</summary>
    Total,
}

/// <summary>
/// One row: <see cref="Values"/> aligned with <see cref="ReportTable.Columns"/> (decimal, string, bool or null for a cell
/// that could not be derived); <see cref="FailingChecks"/> the messages of the template checks this row fails.
/// </summary>
public sealed record ReportTableRow(ReportRowKind Kind, string UnitCode, string UnitName, IReadOnlyList<object?> Values, IReadOnlyList<string> FailingChecks);

/// <summary>The line at the foot of a Chinese government form.</summary>
public sealed record ReportSignature(string Unit, string? Head, string? Preparer, DateOnly ReportDate)
{
    /// <summary>报出日期 written the way forms write it: 2026年12月5日.</summary>
    public string ReportDateZh => Core.Text.ChineseFormat.Date(ReportDate);
}
