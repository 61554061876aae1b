using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Storage;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>
/// A village's month moves draft → submitted → approved | returned (→ submitted again). Approval freezes the month's
/// reports (the live materializer skips approved months); a correction after approval is a revision: the cadre asks
/// with a reason, the reviewer grants (the month reopens, counted as 第N次更正, and is approved again like the original)
/// or refuses with a reason. A submission can be withdrawn until the reviewer acts. Every step is audited.
/// </summary>
public sealed class SubmissionWorkflow(IFormHubStore store, ReportDeriver deriver, FilingCalendar calendar, RegionDirectory regions, TimeProvider clock,
    ReportingStartSettings? starts = null)
{
    /// <summary>Evaluates every report due with the month for the village now (not the stored rows) and lists its checks.</summary>
    public async Task<IReadOnlyList<CheckView>> CheckAsync(OrgUnit village, Period month, CancellationToken ct)
    {
        var result = new List<CheckView>();
        foreach (var (template, period) in calendar.DueReports(month))
        {
            var row = await deriver.PreviewAsync(template, village, period, ct);
            foreach (var check in row.Checks)
                result.Add(CheckView.Of(template.Template, check.Level, check.Message, check.Passed));
        }
        return result;
    }

    public async Task<Submission> SubmitAsync(Actor actor, OrgUnit village, Period month, long version, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The county's 启用月份 as this server last read it: the save is refused if an admin has moved it since (here a
            // moment ago, or on another server), and the month is then judged again under the start now in force.
            var guard = starts is null ? null : await starts.GuardForAsync(village.Code.CountyCode, ct);
            try
            {
                return await SubmitOnceAsync(actor, village, month, version, guard, ct);
            }
            catch (AuditGuardException) when (attempt == 1 && starts is not null)
            {
                await starts.RefreshAsync(ct);
            }
        }
    }

    private async Task<Submission> SubmitOnceAsync(Actor actor, OrgUnit village, Period month, long version, AuditGuard? guard, CancellationToken ct)
    {
        if (calendar.NotApplicable(village.Code.Value, month) is { } notFiled) throw new WorkflowRefusal(notFiled, RefusalKind.Invalid);
        var current = await store.GetSubmissionAsync(village.Code.Value, month.Key, ct);
        if (!current.IsOpen)
            throw new WorkflowRefusal(new LocalizedText($"{month.DisplayZh}{SubmissionStatusNames.Zh(current.Status)}，不能重复提交。",
                $"{month.Key} is already {current.Status.ToString().ToLowerInvariant()}; it cannot be submitted again."), RefusalKind.Conflict);
        var failing = (await CheckAsync(village, month, ct)).Where(c => !c.Passed && c.Level == CheckLevel.Error).ToList();
        if (failing.Count > 0)
            throw new WorkflowRefusal(new LocalizedText(
                $"有 {failing.Count} 项校验未通过，请先改正再提交：" + string.Join("；", failing.Select(f => $"{f.Title}：{f.Message}")),
                $"{failing.Count} check(s) fail; fix them before submitting: " + string.Join("; ", failing.Select(f => $"{f.TemplateId}: {f.Message}"))),
                RefusalKind.Invalid, failing);
        var now = clock.GetUtcNow();
        return await SaveAsync(current with { Status = SubmissionStatus.Submitted, UpdatedBy = actor.UserName, UpdatedAt = now, SubmittedAt = now },
            version, actor, "submit", current.Revision > 0 ? $"第{current.Revision}次更正" : null, ct, guard);
    }

    /// <summary>
    /// 撤回: the cadre takes a submitted month back (to change something noticed after submitting) as long as the reviewer
    /// has not acted on it; it is a draft again, its revision count unchanged.
    /// </summary>
    public async Task<Submission> WithdrawAsync(Actor actor, OrgUnit village, Period month, long version, CancellationToken ct)
    {
        var current = await store.GetSubmissionAsync(village.Code.Value, month.Key, ct);
        if (current.Status != SubmissionStatus.Submitted)
            throw new WorkflowRefusal(new LocalizedText($"{month.DisplayZh}的状态是“{SubmissionStatusNames.Zh(current.Status)}”，只有已提交、尚未审核的才能撤回。",
                $"{month.Key} is {current.Status.ToString().ToLowerInvariant()}; only a submitted month not yet reviewed can be withdrawn."), RefusalKind.Conflict);
        return await SaveAsync(current with { Status = SubmissionStatus.Draft, UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow() },
            version, actor, "withdraw", null, ct);
    }

    /// <summary>
    /// 申请更正: the cadre asks to reopen an approved month, with a reason. The month stays approved and frozen until the
    /// reviewer grants (<see cref="GrantRevisionAsync"/>) or refuses (<see cref="RefuseRevisionAsync"/>) the request:
    /// approved figures may already be with departments, so reopening them is the reviewer's decision.
    /// </summary>
    public async Task<Submission> RequestRevisionAsync(Actor actor, OrgUnit village, Period month, long version, string? reason, CancellationToken ct)
    {
        var current = await store.GetSubmissionAsync(village.Code.Value, month.Key, ct);
        if (current.Status == SubmissionStatus.RevisionRequested)
            throw new WorkflowRefusal(new LocalizedText("已申请更正，正在等待乡镇审核员处理。", "A correction has already been requested; the reviewer has not answered yet."),
                RefusalKind.Conflict);
        if (current.Status != SubmissionStatus.Approved)
            throw new WorkflowRefusal(new LocalizedText("只有已审核通过的填报期才需要申请更正；尚未审核的可直接修改。",
                "Only an approved month needs a revision; one not yet approved can be changed directly."), RefusalKind.Conflict);
        if (string.IsNullOrWhiteSpace(reason))
            throw new WorkflowRefusal(new LocalizedText("申请更正须写明更正原因。", "A revision needs a reason."), RefusalKind.Invalid);
        return await SaveAsync(current with
        {
            Status = SubmissionStatus.RevisionRequested, Comment = reason.Trim(), UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow(),
        }, version, actor, "request-revision", $"申请第{current.Revision + 1}次更正：{reason.Trim()}", ct);
    }

    /// <summary>The reviewer grants a correction request: the month reopens as a draft, counted as 第N次更正.</summary>
    public async Task<Submission> GrantRevisionAsync(Actor actor, OrgUnit village, Period month, long version, CancellationToken ct)
    {
        var current = await RequireRevisionRequestedAsync(village, month, ct);
        var reason = current.Comment ?? "";
        var saved = await SaveAsync(current with
        {
            Status = SubmissionStatus.Draft, Revision = current.Revision + 1, UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow(),
        }, version, actor, "revise", $"第{current.Revision + 1}次更正：{reason}", ct);
        await RefreshAsync(village, month, ct); // unfrozen: catch up with anything recorded while it was frozen
        return saved;
    }

    /// <summary>The reviewer refuses a correction request with a reason the cadre reads; the month stays approved.</summary>
    public async Task<Submission> RefuseRevisionAsync(Actor actor, OrgUnit village, Period month, long version, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new WorkflowRefusal(new LocalizedText("不同意更正时须写明理由。", "Refusing a correction needs a reason."), RefusalKind.Invalid);
        var current = await RequireRevisionRequestedAsync(village, month, ct);
        return await SaveAsync(current with
        {
            Status = SubmissionStatus.Approved, Comment = $"不同意更正：{reason.Trim()}", UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow(),
        }, version, actor, "refuse-revision", reason.Trim(), ct);
    }

    private async Task<Submission> RequireRevisionRequestedAsync(OrgUnit village, Period month, CancellationToken ct)
    {
        var current = await store.GetSubmissionAsync(village.Code.Value, month.Key, ct);
        return current.Status == SubmissionStatus.RevisionRequested ? current
            : throw new WorkflowRefusal(new LocalizedText($"{village.Name}{month.DisplayZh}没有待处理的更正申请。",
                $"{village.Name} {month.Key} has no pending correction request."), RefusalKind.Conflict);
    }

    public async Task<Submission> ApproveAsync(Actor actor, OrgUnit village, Period month, long version, string? comment, CancellationToken ct)
    {
        var current = await RequireSubmittedAsync(village, month, ct);
        // The frozen rows are exactly what was submitted: derive them once more before the freeze.
        await RefreshAsync(village, month, ct);
        var now = clock.GetUtcNow();
        return await SaveAsync(current with
        {
            Status = SubmissionStatus.Approved, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            UpdatedBy = actor.UserName, UpdatedAt = now, ApprovedAt = now,
        }, version, actor, "approve", current.Revision > 0 ? $"第{current.Revision}次更正审核通过" : comment, ct);
    }

    public async Task<Submission> ReturnAsync(Actor actor, OrgUnit village, Period month, long version, string? comment, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(comment))
            throw new WorkflowRefusal(new LocalizedText("退回时须填写退回意见，告诉村干部要改什么。", "Returning needs a comment telling the cadre what to fix."),
                RefusalKind.Invalid);
        var current = await RequireSubmittedAsync(village, month, ct);
        return await SaveAsync(current with { Status = SubmissionStatus.Returned, Comment = comment.Trim(), UpdatedBy = actor.UserName, UpdatedAt = clock.GetUtcNow() },
            version, actor, "return", comment.Trim(), ct);
    }

    private async Task<Submission> RequireSubmittedAsync(OrgUnit village, Period month, CancellationToken ct)
    {
        var current = await store.GetSubmissionAsync(village.Code.Value, month.Key, ct);
        return current.Status == SubmissionStatus.Submitted ? current
            : throw new WorkflowRefusal(new LocalizedText($"{village.Name}{month.DisplayZh}的状态是“{SubmissionStatusNames.Zh(current.Status)}”，只有已提交的才能审核。",
                $"{village.Name} {month.Key} is {current.Status.ToString().ToLowerInvariant()}; only a submitted month can be reviewed."), RefusalKind.Conflict);
    }

    private Task<Submission> SaveAsync(Submission next, long version, Actor actor, string action, string? detail, CancellationToken ct, AuditGuard? guard = null)
    {
        var line = new AuditEntry(0, clock.GetUtcNow(), actor.UserName, action, next.VillageCode, next.Period, actor.Recorded(detail));
        return guard is null ? store.SaveSubmissionAsync(next, version, line, ct) : store.SaveSubmissionAsync(next, version, line, guard, ct);
    }

    private async Task RefreshAsync(OrgUnit village, Period month, CancellationToken ct) =>
        await deriver.RefreshVillageAsync(await regions.GetAsync(ct), village, calendar.DueReports(month).ToList(), ct);
}
