using FormHub.Core.Periods;
using FormHub.Core.Templates;

namespace FormHub.Reports.Outliers;

/// <summary>
/// The English of an outlier finding (its <c>message_en</c>), built beside the Chinese reason from the same figures, so the
/// English mode reads "this month … over the last 12 months between 4 and 6 households" instead of the Chinese sentence.
/// Units are named as the browser's glossary names them (户 → households).
/// </summary>
internal static class OutlierEnglish
{
    private static readonly Dictionary<string, string> Units = new()
    {
        ["元"] = "yuan", ["万元"] = "10k yuan", ["个"] = "", ["亩"] = "mu", ["人"] = "persons", ["户"] = "households",
        ["公里"] = "km", ["处"] = "sites", ["%"] = "%",
    };

    /// <summary>"12 households", "45%" (a unit not in the glossary is kept as written).</summary>
    public static string Amount(decimal value, string unit) => WithUnit(OutlierDeriver.Number(value), unit);

    /// <summary>"4–6 households", "–100%": a range as the Chinese text writes it, with the unit in English.</summary>
    public static string Range(string range, string unit) => WithUnit(range, unit);

    private static string WithUnit(string figure, string unit)
    {
        var en = Units.GetValueOrDefault(unit, unit);
        return en is "" or "%" ? figure + en : $"{figure} {en}";
    }

    public static string Title(TemplateColumn column, string title) => column.TitleEn?.Trim() is { Length: > 0 } en ? en : title;

    public static string ThisPeriod(PeriodType type) => type switch
    {
        PeriodType.Monthly => "this month",
        PeriodType.Quarterly => "this quarter",
        _ => "this year",
    };

    public static string LastPeriods(PeriodType type, int count) => type switch
    {
        PeriodType.Monthly => $"over the last {count} months",
        PeriodType.Quarterly => $"over the last {count} quarters",
        _ => $"over the last {count} years",
    };

    public static string Between(decimal low, decimal high, string unit) =>
        low == high ? $"always {Amount(low, unit)}" : $"between {Amount(low, unit)} and {Amount(high, unit)}";
}
