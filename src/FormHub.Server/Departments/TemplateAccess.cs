using FormHub.Distribution;
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
public sealed class TemplateAccess(TemplateLibrary library, ReportPeriods periods)
{
    public bool CanSee(CurrentUser user, ReportTemplate template) =>
        user.Role != AccountRole.Department || user.Department is null || template.Department == user.Department;

    public IEnumerable<CompiledTemplate> Visible(CurrentUser user) =>
        library.Ids.Select(id => library.Versions(id)[^1]).Where(t => CanSee(user, t.Template));

    /// <summary>报送情况 of every report due with <paramref name="month"/> that <paramref name="user"/> receives, for <paramref name="unit"/>.</summary>
    public async Task<List<Completeness>> DueCompletenessAsync(CurrentUser user, FilingCalendar calendar, CompletenessCalculator completeness, Period month,
        Core.OrgUnits.OrgUnit unit, CancellationToken ct)
    {
        var result = new List<Completeness>();
        foreach (var (template, reportPeriod) in calendar.DueReports(month))
        {
            if (CanSee(user, template.Template)) result.Add(await completeness.ForAsync(template, reportPeriod, unit, ct));
        }

        return result;
    }

    /// <summary>The template version in force for the named period (default: the current one), or the 4xx that says what is wrong.</summary>
    public (CompiledTemplate? Template, Period Period, ProblemHttpResult? Problem) Resolve(HttpContext http, CurrentUser user, string templateId, string? period)
    {
        if (library.Versions(templateId) is not [.., var latest] || !CanSee(user, latest.Template))
            return (null, default, Problem.NotFound(http, new LocalizedText($"没有编号为“{templateId}”的报表，或您无权查看。", $"No report '{templateId}' that you may see.")));
        var resolved = periods.Resolve(templateId, period);
        return resolved switch
        {
            { Template: { } template } => (template, resolved.Period, null),
            { Unknown: true } => (null, default, Problem.NotFound(http, resolved.Error!)),
            _ => (null, default, Problem.BadRequest(http, resolved.Error!)),
        };
    }
}
