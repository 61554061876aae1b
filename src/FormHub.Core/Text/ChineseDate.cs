namespace FormHub.Core.Text;

/// <summary>Dates as Chinese forms write them: 2026年11月30日.</summary>
public static class ChineseDate
{
    public static string Of(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
