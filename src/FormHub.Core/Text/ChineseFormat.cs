using System.Globalization;
using FormHub.Core.Periods;

namespace FormHub.Core.Text;

/// <summary>
/// Numbers, money, percentages, dates and period changes written the way Chinese report narratives write them
/// (1,234.50元, 12.35万元, 2026年11月30日, 比上月增加 3 户). Shared by the narrative and the printed page templates.
/// An empty value is written "—", as on the printed forms.
/// </summary>
public static class ChineseFormat
{
    public const string Empty = "—";

    /// <summary>Thousands separators; <paramref name="digits"/> places, or whole numbers plain and others two places when null.</summary>
    public static string Number(decimal? value, int? digits = null) => value switch
    {
        null => Empty,
        { } d when digits is { } n => d.ToString("N" + Math.Clamp(n, 0, 10), CultureInfo.InvariantCulture),
        { } d when d == decimal.Truncate(d) => d.ToString("N0", CultureInfo.InvariantCulture),
        { } d => d.ToString("N2", CultureInfo.InvariantCulture),
    };

    /// <summary>An amount in 元: 1,234.50元.</summary>
    public static string Yuan(decimal? yuan, int digits = 2) => yuan is null ? Empty : Number(yuan, digits) + "元";

    /// <summary>An amount in 元 written in 万元: 123,456 → 12.35万元.</summary>
    public static string TenThousandYuan(decimal? yuan, int digits = 2) => yuan is null ? Empty : Number(yuan / 10_000m, digits) + "万元";

    /// <summary>A percentage already scaled to 100 (what percent() gives): 12.5 → 12.5%.</summary>
    public static string Percent(decimal? percent, int digits = 1) => percent is null ? Empty : Number(percent, digits) + "%";

    /// <summary>2026年11月30日.</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>What the previous period is called in a sentence: 上月, 上季度, 上年.</summary>
    public static string PreviousPeriodName(PeriodType type) => type switch
    {
        PeriodType.Monthly => "上月",
        PeriodType.Quarterly => "上季度",
        _ => "上年",
    };

    /// <summary>
    /// A change against the previous period: 比上月增加 3 户, 比上月减少 2 户, 与上月持平; when the previous value is
    /// unknown, 上月无可比数据.
    /// </summary>
    public static string Change(decimal? current, decimal? previous, string unit, PeriodType type)
    {
        var before = PreviousPeriodName(type);
        if (current is null || previous is null) return $"{before}无可比数据";
        var delta = current.Value - previous.Value;
        var unitText = string.IsNullOrEmpty(unit) ? "" : " " + unit;
        return delta switch
        {
            0 => $"与{before}持平",
            > 0 => $"比{before}增加 {Number(delta)}{unitText}",
            _ => $"比{before}减少 {Number(-delta)}{unitText}",
        };
    }
}
