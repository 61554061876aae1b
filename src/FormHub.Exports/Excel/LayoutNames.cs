namespace FormHub.Exports.Excel;

/// <summary>
/// The workbook defined names that mark an official layout's rows (docs/templates.md §3.1, <c>excel</c>): each refers to
/// one whole row, such as <c>'农村最低生活保障情况月报'!$5:$5</c>.
/// </summary>
public static class LayoutNames
{
    /// <summary>The row repeated once per village (or lower unit); the only row that may hold <c>{{row.列id}}</c>.</summary>
    public const string RepeatRow = "FormHub.RepeatRow";

    /// <summary>The total row (合计) holding <c>{{total.列id}}</c>; optional.</summary>
    public const string TotalRow = "FormHub.TotalRow";
}
