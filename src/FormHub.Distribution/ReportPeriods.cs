using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Scripting.Compilation;

namespace FormHub.Distribution;

/// <summary>Which template version a report period names, as the report view, the downloads and <c>formhub export</c> read it.</summary>
public sealed class ReportPeriods(TemplateLibrary library, TimeProvider clock)
{
    /// <summary>
    /// The version in force for <paramref name="period"/> (default: the report's current period), or why not: an unknown
    /// report (<see cref="ReportResolution.Unknown"/>), a period of the wrong kind or not yet begun, or a version not yet in force.
    /// </summary>
    public ReportResolution Resolve(string templateId, string? period)
    {
        if (library.Versions(templateId) is not [.., var latest])
            return ReportResolution.Refused(new LocalizedText($"没有编号为“{templateId}”的报表。", $"No report '{templateId}'."), unknown: true);
        var type = latest.Template.Period;
        var today = clock.Today();
        var resolved = Period.Containing(today, type);
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!Period.TryParse(period.Trim(), out resolved, out var why))
                return ReportResolution.Refused(FilingMessages.BadPeriod(period, why));
            if (resolved.Type != type)
                return ReportResolution.Refused(FilingMessages.BadPeriod(period, new LocalizedText(
                    $"“{latest.Template.Title}”是{TypeZh(type)}，期别应写成 {Period.Containing(today, type).Key} 这样", $"this report is {type.ToString().ToLowerInvariant()}; write a period like {Period.Containing(today, type).Key}")));
            if (resolved.Start > today)
                return ReportResolution.Refused(FilingMessages.BadPeriod(period, new LocalizedText("这一期还没有开始", "that period has not begun")));
        }
        return library.InForce(templateId, resolved) is { } template
            ? new ReportResolution(template, resolved, null, false)
            : ReportResolution.Refused(new LocalizedText($"“{latest.Template.Title}”在 {resolved.Key} 尚未启用。", $"'{templateId}' was not in force in {resolved.Key}."), unknown: true);
    }

    private static string TypeZh(PeriodType type) => type switch { PeriodType.Monthly => "月报", PeriodType.Quarterly => "季报", _ => "年报" };
}

/// <summary>A resolved report: the template version and period, or the reason there is none (<see cref="Unknown"/>: nothing by that name then).</summary>
public sealed record ReportResolution(CompiledTemplate? Template, Period Period, LocalizedText? Error, bool Unknown)
{
    public static ReportResolution Refused(LocalizedText error, bool unknown = false) => new(null, default, error, unknown);
}
