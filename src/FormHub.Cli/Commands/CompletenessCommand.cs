using System.CommandLine;
using FormHub.Core.Periods;
using FormHub.Filing;
using FormHub.Storage.Model;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub completeness --unit CODE --period MONTH [--template ID]</c>: 报送情况 of every report due with a filing month
/// (the month's reports, and the quarter's or year's it ends) for an area — reporting rate, on-time rate and the late
/// villages — computed by the same <see cref="Distribution.CompletenessCalculator"/> as the department's report view.
/// </summary>
internal static class CompletenessCommand
{
    public static Command Create(CliContext context)
    {
        var unit = new Option<string?>("--unit") { Description = "区划代码（12位）：县、乡镇或村", HelpName = "CODE" };
        var period = new Option<string?>("--period") { Description = "填报月份，如 2026-11（季报、年报随其最后一个月报送）", HelpName = "P" };
        var template = new Option<string?>("--template") { Description = "只看这一张报表（模板编号）", HelpName = "ID" };
        var command = new Command("completeness", "报送情况：应报、已报、已审核、逾期的村，报送率和及时率 / completeness and timeliness")
        {
            unit, period, template,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var month = TemplateCommands.ParsePeriod(parseResult.GetValue(period));
            if (month.Type != PeriodType.Monthly)
                throw new CliException($"报送情况按填报月份统计，请写成 2026-11 这样的月份（收到“{month.Key}”）；季报、年报随其最后一个月报送");
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var area = await services.UnitAsync(parseResult.GetValue(unit), "--unit", ct);
            var only = parseResult.GetValue(template);
            var due = services.Calendar.DueReports(month).Where(d => only is null || d.Template.Template.Id == only).ToList();
            if (only is not null && due.Count == 0)
                throw new CliException(services.Library.Versions(only).Count == 0
                    ? $"没有编号为“{only}”的报表模板；已有的模板：{string.Join("、", services.Library.Ids)}"
                    : $"“{only}”不随 {month.DisplayZh} 报送");

            await context.Out.WriteLineAsync($"{area.Name}（{area.Code}）{month.DisplayZh}报送情况：{due.Count} 张报表，截止 {services.Calendar.DueDate(month):yyyy-MM-dd}");
            foreach (var (compiled, reportPeriod) in due)
            {
                var done = await services.Completeness.ForAsync(compiled, reportPeriod, area, ct);
                await context.Out.WriteLineAsync($"{done.Title}（{done.TemplateId}，{reportPeriod.DisplayZh}，{done.DueDate:yyyy-MM-dd} 截止）：{done.LineZh}");
                foreach (var late in done.Late)
                {
                    var status = Enum.TryParse<SubmissionStatus>(late.Status, ignoreCase: true, out var s) ? SubmissionStatusNames.Zh(s) : late.Status;
                    await context.Out.WriteLineAsync($"  逾期：{late.Name}（{late.Code}{(late.Township is null ? "" : "，" + late.Township)}，{status}）");
                }
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
