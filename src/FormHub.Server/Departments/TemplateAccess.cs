using FormHub.Filing;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Scripting.Compilation;
using FormHub.Server.Access;
using FormHub.Server.Hosting;
using FormHub.Server.Problems;
using FormHub.Storage.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Departments;

/// <summary>Which published templates a user receives (a department user: their own department's), and the report period named in a URL.</summary>
public sealed class TemplateAccess(TemplateLibrary library, TimeProvider clock)
{
    public bool CanSee(CurrentUser user, ReportTemplate template) =>
        user.Role != AccountRole.Department || user.Department is null || template.Department == user.Department;

    /// <summary>The official layout shipped with a template (a path under form-templates), if any.</summary>
    public string? Shipped(string templateId) => library.Versions(templateId) is [.., var latest] ? latest.Template.Excel : null;

    public IEnumerable<CompiledTemplate> Visible(CurrentUser user) =>
        library.Ids.Select(id => library.Versions(id)[^1]).Where(t => CanSee(user, t.Template));

    /// <summary>The template version in force for the named period (default: the current one), or the 4xx that says what is wrong.</summary>
    public (CompiledTemplate? Template, Period Period, ProblemHttpResult? Problem) Resolve(HttpContext http, CurrentUser user, string templateId, string? period)
    {
        if (library.Versions(templateId) is not [.., var latest] || !CanSee(user, latest.Template))
            return (null, default, Problem.NotFound(http, new LocalizedText($"没有编号为“{templateId}”的报表，或您无权查看。", $"No report '{templateId}' that you may see.")));
        var type = latest.Template.Period;
        var today = clock.Today();
        var resolved = Period.Containing(today, type);
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!Period.TryParse(period.Trim(), out resolved, out var why))
                return (null, default, Problem.BadRequest(http, Messages.BadPeriod(period, why)));
            if (resolved.Type != type)
                return (null, default, Problem.BadRequest(http, Messages.BadPeriod(period, new LocalizedText(
                    $"“{latest.Template.Title}”是{TypeZh(type)}，期别应写成 {Period.Containing(today, type).Key} 这样", $"this report is {type.ToString().ToLowerInvariant()}; write a period like {Period.Containing(today, type).Key}"))));
            if (resolved.Start > today)
                return (null, default, Problem.BadRequest(http, Messages.BadPeriod(period, new LocalizedText("这一期还没有开始", "that period has not begun"))));
        }
        return library.InForce(templateId, resolved) is { } template
            ? (template, resolved, null)
            : (null, default, Problem.NotFound(http, new LocalizedText($"“{latest.Template.Title}”在 {resolved.Key} 尚未启用。", $"'{templateId}' was not in force in {resolved.Key}.")));
    }

    private static string TypeZh(PeriodType type) => type switch { PeriodType.Monthly => "月报", PeriodType.Quarterly => "季报", _ => "年报" };
}
