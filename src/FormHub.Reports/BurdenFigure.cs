using System.Globalization;

namespace FormHub.Reports;

/// <summary>
/// 减负账 for a unit and period: the report cells FormHub delivered to its villages' reports versus the values cadres
/// actually typed or changed in that period, counted from the event log.
/// </summary>
public sealed record BurdenFigure(string UnitCode, string UnitName, string Period, int Reports, int Villages, long CellsDelivered, long ValuesTyped)
{
    /// <summary>免填率: the share of delivered cells nobody had to type (0–100, one decimal).</summary>
    public decimal FillFreeRate => CellsDelivered == 0 ? 0 : Math.Round(Math.Max(0, 100m * (CellsDelivered - ValuesTyped) / CellsDelivered), 1, MidpointRounding.AwayFromZero);

    /// <summary>As printed: 12 张报表 · 1,840 个单元格 · 实际录入 37 项 · 免填率 98.0%</summary>
    public string SummaryZh =>
        string.Create(CultureInfo.InvariantCulture, $"{Reports} 张报表 · {CellsDelivered:N0} 个单元格 · 实际录入 {ValuesTyped:N0} 项 · 免填率 {FillFreeRate:0.0}%");

    public string SummaryEn =>
        string.Create(CultureInfo.InvariantCulture, $"{Reports} reports · {CellsDelivered:N0} cells · {ValuesTyped:N0} values typed · {FillFreeRate:0.0}% filled without typing");
}
