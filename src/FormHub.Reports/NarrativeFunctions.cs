using System.Globalization;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using Scriban;
using Scriban.Runtime;

namespace FormHub.Reports;

/// <summary>
/// The Chinese formatting functions narratives may call (docs/templates.md §13), as Scriban sees them:
/// <c>{{ value.funds | yuan }}</c>, <c>{{ value.funds | wan_yuan 1 }}</c>, <c>{{ value.pct | percent }}</c>,
/// <c>{{ value.hh | num }}</c>, <c>{{ change value.hh prev.hh "户" }}</c>, <c>{{ cn_date "2026-11-30" }}</c>.
/// Built once and shared read-only by every render.
/// </summary>
internal static class NarrativeFunctions
{
    /// <summary>The key under <see cref="TemplateContext.Tags"/> holding the row's period type, for <c>change</c>.</summary>
    public const string PeriodTypeTag = "formhub.period-type";

    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        // Real methods, not lambdas: Scriban reads optional arguments from the method's parameter defaults.
        functions.Import("num", new Func<object?, object?, string>(Num));
        functions.Import("yuan", new Func<object?, object?, string>(Yuan));
        functions.Import("wan_yuan", new Func<object?, object?, string>(WanYuan));
        functions.Import("percent", new Func<object?, object?, string>(Percent));
        functions.Import("cn_date", new Func<object?, string>(CnDate));
        functions.Import("period_name", new Func<object?, string>(PeriodName));
        functions.Import("change", new Func<TemplateContext, object?, object?, object?, string>(Change));
        functions.IsReadOnly = true;
        return functions;
    }

    private static string Num(object? value, object? digits = null) => ChineseFormat.Number(Decimal(value), Digits(digits));

    private static string Yuan(object? value, object? digits = null) => ChineseFormat.Yuan(Decimal(value), Digits(digits) ?? 2);

    private static string WanYuan(object? value, object? digits = null) => ChineseFormat.TenThousandYuan(Decimal(value), Digits(digits) ?? 2);

    private static string Percent(object? value, object? digits = null) => ChineseFormat.Percent(Decimal(value), Digits(digits) ?? 1);

    private static string PeriodName(object? key) =>
        Period.TryParse(Convert.ToString(key, CultureInfo.InvariantCulture), out var p, out _) ? p.DisplayZh : ChineseFormat.Empty;

    private static string Change(TemplateContext context, object? current, object? previous, object? unit = null) =>
        ChineseFormat.Change(Decimal(current), Decimal(previous), Convert.ToString(unit, CultureInfo.InvariantCulture) ?? "",
            context.Tags.TryGetValue(PeriodTypeTag, out var type) && type is PeriodType t ? t : PeriodType.Monthly);

    /// <summary>A narrative value as a number: decimals, integers and numeric text; anything else is empty.</summary>
    public static decimal? Decimal(object? value) => value switch
    {
        null => null,
        decimal d => d,
        int or long or short or byte or float or double => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string s when decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static int? Digits(object? digits) => Decimal(digits) is { } d ? (int)Math.Clamp(d, 0, 10) : null;

    private static string CnDate(object? value) => value switch
    {
        DateOnly d => ChineseFormat.Date(d),
        DateTime t => ChineseFormat.Date(DateOnly.FromDateTime(t)),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => ChineseFormat.Date(d),
        _ => ChineseFormat.Empty,
    };
}
