using System.CommandLine;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Filing;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub submissions list|approve|return</c>: a township's villages for a filing month, and an admin approving or
/// returning them on the township's behalf (代办) through the same <see cref="SubmissionWorkflow"/> as the reviewer's
/// page — approval re-derives then freezes the month — with the admin's account and a reason recorded in the audit trail.
/// </summary>
internal static class SubmissionsCommands
{
    public static Command Create(CliContext context) =>
        new("submissions", "村级填报的报送与审核：查看乡镇各村状态，管理员代为审核通过或退回 / submissions of a township")
        {
            List(context),
            Act(context, approve: true),
            Act(context, approve: false),
        };

    private sealed record Common(Option<string?> Township, Option<string?> Period);

    private static Common Options() => new(
        new Option<string?>("--township") { Description = "乡镇的区划代码（12位）", HelpName = "CODE" },
        new Option<string?>("--period") { Description = "填报月份，如 2026-11", HelpName = "P" });

    private static Command List(CliContext context)
    {
        var o = Options();
        var command = new Command("list", "列出乡镇各村某月的填报状态（填报中、已提交、已退回、已审核通过，逾期）/ list a township's villages")
        {
            o.Township, o.Period,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var month = Month(parseResult.GetValue(o.Period));
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var township = await TownshipAsync(services, parseResult.GetValue(o.Township), ct);
            var tree = await services.Regions.GetAsync(ct);
            var stored = (await services.Store.ListSubmissionsAsync(township.Code.Value, month.Key, ct)).ToDictionary(s => s.VillageCode);
            var villages = tree.Descendants(township.Code, OrgLevel.Village);
            await context.Out.WriteLineAsync($"{township.Name}（{township.Code}）{month.DisplayZh}，截止 {services.Calendar.DueDate(month):yyyy-MM-dd}：{villages.Count} 个村");
            var counts = new Dictionary<string, int>();
            foreach (var village in villages)
            {
                var s = stored.GetValueOrDefault(village.Code.Value) ?? Submission.NewDraft(village.Code.Value, month.Key);
                var status = SubmissionStatusNames.Zh(s.Status);
                counts[status] = counts.GetValueOrDefault(status) + 1;
                var late = services.Calendar.IsLate(s, month);
                var notes = new List<string>();
                if (late) notes.Add("逾期");
                if (s.Revision > 0) notes.Add($"第{s.Revision}次更正");
                if (s.UpdatedBy is { } by) notes.Add($"{by} {s.UpdatedAt?.ToOffset(ChinaClock.Offset):yyyy-MM-dd HH:mm}");
                if (!string.IsNullOrWhiteSpace(s.Comment)) notes.Add($"意见：{s.Comment}");
                await context.Out.WriteLineAsync($"  {village.Code} {village.Name} {status}{(notes.Count == 0 ? "" : "（" + string.Join("；", notes) + "）")}");
            }
            await context.Out.WriteLineAsync("合计：" + string.Join("，", counts.Select(c => $"{c.Key} {c.Value} 个")));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Act(CliContext context, bool approve)
    {
        var o = Options();
        var villages = new Option<string[]>("--village")
        {
            Description = approve ? "只审核这些村（可写多次）；默认：乡镇内所有已提交的村" : "要退回的村（可写多次，至少一个）",
            HelpName = "CODE",
            AllowMultipleArgumentsPerToken = true,
        };
        var reason = new Option<string?>("--reason") { Description = "管理员代办的原因，记入审计日志（必填）", HelpName = "TEXT" };
        var actor = new Option<string?>("--as") { Description = "代办的管理员账号（须为管理范围包含该乡镇的管理员），记入审计日志", HelpName = "USER" };
        var comment = new Option<string?>("--comment")
        {
            Description = approve ? "审核意见（可选）" : "退回意见，告诉村干部要改什么（必填）",
            HelpName = "TEXT",
        };
        var command = new Command(approve ? "approve" : "return", approve
            ? "管理员代乡镇审核通过已提交的村：重算后冻结该月报表，记入审计日志 / approve on a township's behalf"
            : "管理员代乡镇退回已提交的村，附退回意见，记入审计日志 / return on a township's behalf")
        {
            o.Township, o.Period, villages, comment, reason, actor,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var month = Month(parseResult.GetValue(o.Period));
            var why = parseResult.GetValue(reason);
            if (string.IsNullOrWhiteSpace(why)) throw new CliException("管理员代办须用 --reason TEXT 写明原因（记入审计日志）");
            var note = parseResult.GetValue(comment);
            if (!approve && string.IsNullOrWhiteSpace(note)) throw new CliException("退回时须用 --comment TEXT 填写退回意见，告诉村干部要改什么");
            var named = parseResult.GetValue(villages) ?? [];
            if (!approve && named.Length == 0) throw new CliException("请用 --village CODE 指定要退回的村");

            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var township = await TownshipAsync(services, parseResult.GetValue(o.Township), ct);
            var admin = await AdminAsync(services, parseResult.GetValue(actor), township, ct);
            var tree = await services.Regions.GetAsync(ct);
            var inTownship = tree.Descendants(township.Code, OrgLevel.Village).ToDictionary(v => v.Code.Value);
            var stored = (await services.Store.ListSubmissionsAsync(township.Code.Value, month.Key, ct)).ToDictionary(s => s.VillageCode);

            List<OrgUnit> targets;
            if (named.Length > 0)
            {
                targets = [];
                foreach (var code in named.Distinct())
                {
                    var village = inTownship.GetValueOrDefault(code.Trim()) ?? throw new CliException($"{code} 不是{township.Name}（{township.Code}）的村");
                    var status = stored.GetValueOrDefault(village.Code.Value)?.Status ?? SubmissionStatus.Draft;
                    if (status != SubmissionStatus.Submitted)
                        throw new CliException($"{village.Name}{month.DisplayZh}的状态是“{SubmissionStatusNames.Zh(status)}”，只有已提交的才能{(approve ? "审核" : "退回")}；未做任何更改");
                    targets.Add(village);
                }
            }
            else
            {
                targets = inTownship.Values.Where(v => stored.GetValueOrDefault(v.Code.Value)?.Status == SubmissionStatus.Submitted).ToList();
                if (targets.Count == 0)
                {
                    await context.Out.WriteLineAsync($"{township.Name}{month.DisplayZh}没有待审核（已提交）的村，未做任何更改");
                    return ExitCodes.Ok;
                }
            }

            var who = new Actor(admin.UserName, why.Trim());
            foreach (var village in targets)
            {
                var version = stored[village.Code.Value].Version;
                var saved = approve
                    ? await services.Workflow.ApproveAsync(who, village, month, version, note, ct)
                    : await services.Workflow.ReturnAsync(who, village, month, version, note, ct);
                await context.Out.WriteLineAsync($"  {village.Code} {village.Name}：{SubmissionStatusNames.Zh(saved.Status)}");
            }
            await context.Out.WriteLineAsync($"已{(approve ? "审核通过" : "退回")} {targets.Count} 个村（{township.Name}，{month.DisplayZh}），由 {admin.UserName} 代办，原因已记入审计日志");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Period Month(string? text)
    {
        var month = TemplateCommands.ParsePeriod(text);
        return month.Type == PeriodType.Monthly ? month
            : throw new CliException($"村级填报按月进行，请写成 2026-11 这样的月份（收到“{month.Key}”）");
    }

    private static async Task<OrgUnit> TownshipAsync(DomainServices services, string? text, CancellationToken ct)
    {
        var unit = await services.UnitAsync(text, "--township", ct);
        return unit.Level == OrgLevel.Township ? unit : throw new CliException($"{unit.Name}（{unit.Code}）不是乡镇级单位，请给乡镇的区划代码");
    }

    /// <summary>The admin acting: an existing admin account whose scope covers the township.</summary>
    private static async Task<UserAccount> AdminAsync(DomainServices services, string? userName, OrgUnit township, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName)) throw new CliException("请用 --as USER 指定代办的管理员账号（记入审计日志）");
        var account = await services.Store.FindAccountAsync(userName.Trim(), ct) ?? throw new CliException($"没有账号“{userName}”");
        if (account.Role != AccountRole.Admin) throw new CliException($"账号“{account.UserName}”不是管理员，不能代办审核");
        var tree = await services.Regions.GetAsync(ct);
        var covers = account.ViewScope == township.Code.Value || tree.Ancestors(township.Code).Any(a => a.Code.Value == account.ViewScope);
        return covers ? account : throw new CliException($"管理员“{account.UserName}”的管理范围（{account.ViewScope}）不包含{township.Name}（{township.Code}）");
    }
}
