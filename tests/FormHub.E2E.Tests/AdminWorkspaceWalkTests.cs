using FormHub.Filing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>A county of its own: the walk publishes a report that the other browser tests' forms would then ask for.</summary>
[CollectionDefinition(Name)]
public sealed class TemplateWalkServerCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "template walk server";
}

/// <summary>
/// Issue 15's acceptance as one walk, in the order an admin works: create a township reviewer and a village cadre, disable
/// the cadre while signed in (the open session stops on its next request), add a catalog field, write a new report reading
/// it in the editor with a deliberate error (shown at its line), preview it on a village, read its admission analysis (the
/// one new field, one duplicated column), admit and publish it; a department user then subscribes to it and downloads its Excel.
/// </summary>
[Collection(TemplateWalkServerCollection.Name)]
public sealed class AdminWorkspaceWalkTests(LiveServer server)
{
    private const string Id = "mz-volunteer-monthly";
    private const string County = "360835000000";
    private const string Township = "360835100000";   // 清溪镇
    private const string Village = "360835100201";    // 上塘村委会
    private const string CadrePassword = "上塘村填报员的密码-2026";

    private static string Draft(string hh) => $$"""
        id: {{Id}}
        version: 1
        title: 志愿服务参与情况月报
        department: 民政
        period: monthly
        columns:
          - id: dibao_hh
            title: 低保户数（户）
            value: |
              {{hh}}
          - id: volunteers
            title: 经常参加志愿服务人数（人）
            value: |
              count(persons, {volunteer_service: '经常参加'})
        """;

    [Fact]
    public async Task AnAdminSetsUpAccountsAFieldAndANewReportThatADepartmentThenReceives()
    {
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth.Key;
        var errors = new List<string>();
        var admin = await server.OpenPageAsync(consoleErrors: errors);
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await admin.SignInAsync("admin");

        // Accounts: a township reviewer (one-time password) and a village cadre with a password of their own.
        await admin.ClickAsync("[data-testid=nav-accounts]");
        await admin.WaitForSelectorAsync("[data-testid=accounts-page]");
        await admin.CreateAccountAsync("zhao.qingxi", "赵清溪", "reviewer", Township);
        Assert.Equal(12, (await admin.TextAsync("[data-testid=one-time-password-value]")).Length);
        await admin.CreateAccountAsync("zhou.shangtang", "周上塘", "cadre", Village, CadrePassword);
        Assert.Equal("正常", await admin.TextAsync("[data-testid=account-row][data-user='zhou.shangtang'] [data-testid=account-state]"));

        // The cadre works on a phone; the admin disables the account and the open session stops on its next request.
        var cadre = await server.OpenPageAsync(360, 740);
        await cadre.SignInWithAsync("zhou.shangtang", CadrePassword);
        await cadre.WaitForSelectorAsync("[data-testid=nav-person]");
        await admin.ClickAsync("[data-testid=account-row][data-user='zhou.shangtang'] [data-testid=account-disable]");
        await admin.WaitForSelectorAsync("[data-testid=account-row][data-user='zhou.shangtang'] [data-testid=account-enable]");
        Assert.Equal("已停用", await admin.TextAsync("[data-testid=account-row][data-user='zhou.shangtang'] [data-testid=account-state]"));
        // Its next request ends the session: opening the page again shows the sign-in form.
        await cadre.ReloadAsync();
        await cadre.WaitForSelectorAsync("#login-user");
        await cadre.SignInRefusedAsync("zhou.shangtang", CadrePassword);

        // The catalog: a field no report reads yet.
        await admin.ClickAsync("[data-testid=nav-catalog]");
        await admin.WaitForSelectorAsync("[data-testid=catalog-page]");
        var card = await admin.AddPersonEnumFieldAsync("volunteer_service", "志愿服务", "Volunteer service", "经常参加\n偶尔参加\n未参加", "民政");
        Assert.Contains("暂无报表读取", await card.Locator("[data-testid=catalog-field-readers]").InnerTextAsync());

        // The new report, in the editor.
        await admin.ClickAsync("[data-testid=nav-templates]");
        await admin.ClickAsync("[data-testid=template-new]");
        await admin.WaitForSelectorAsync("[data-testid=yaml-editor]");

        // A misspelt list name: the problem is listed at its line and column, and line 10 is marked in the gutter.
        await admin.FillAsync("[data-testid=yaml-editor]", Draft("count(househods)"));
        var problem = await admin.WaitForSelectorAsync("[data-testid=problem][data-line='10']");
        Assert.Contains("第10行第13列", await problem!.InnerTextAsync());
        Assert.Contains("househods", await problem.InnerTextAsync());
        await admin.WaitForSelectorAsync("[data-testid=problem-line-marker][data-line='10']");

        // Fixed: the checker passes and names the fields read.
        await admin.FillAsync("[data-testid=yaml-editor]", Draft("count(households, {dibao_status: '在保'})"));
        await admin.WaitForSelectorAsync("[data-testid=check-status].status-ok");
        Assert.Contains("person.volunteer_service", await admin.TextAsync("[data-testid=check-status]"));
        Assert.Equal(0, await admin.Locator("[data-testid=problem-line-marker]").CountAsync());

        // Preview on a village from the real data: the table with its header.
        await admin.FillAsync("[data-testid=preview-unit]", PageSteps.CadreVillage);
        await admin.FillAsync("[data-testid=preview-period]", month);
        await admin.ClickAsync("[data-testid=preview-run]");
        await admin.WaitForSelectorAsync("[data-testid=preview-table]");
        Assert.Contains("石门村委会", await admin.TextAsync("[data-testid=preview-table] caption"));
        Assert.Contains("低保户数（户）", await admin.TextAsync("[data-testid=preview-table] thead"));

        // The admission analysis: the field just added is new (with its burden), 低保户数 repeats the 低保 report.
        await admin.ClickAsync("[data-testid=analyse]");
        var fresh = await admin.WaitForSelectorAsync("[data-testid=field-new][data-field='person.volunteer_service']");
        Assert.Contains("新增采集", await fresh!.InnerTextAsync());
        Assert.Equal(1, await admin.Locator("[data-testid=field-new]").CountAsync());
        var duplicate = await admin.TextAsync("[data-testid=duplicate-column]");
        Assert.Contains("农村最低生活保障情况月报", duplicate);
        Assert.Contains("低保户数", duplicate);
        Assert.Contains("准入后", await admin.TextAsync("[data-testid=admission-after]"));

        // Admit, then publish from this month.
        await admin.FillAsync("[data-testid=decision-reason]", "民政局新增志愿服务统计，低保户数列保留以便对照");
        await admin.ClickAsync("[data-testid=decide]");
        Assert.Contains("准入", await (await admin.WaitForSelectorAsync("[data-testid=decision-status] .panel-ok"))!.InnerTextAsync());
        Assert.Equal(month, await admin.InputValueAsync("[data-testid=effective-from]"));
        await admin.ClickAsync("[data-testid=publish-run]");
        await admin.WaitForSelectorAsync("[data-testid=published-note]");
        Assert.Contains("已发布第1版", await admin.TextAsync("[data-testid=published-note]"));
        Assert.Contains("admin", await admin.TextAsync("[data-testid=history]"));
        Assert.Equal(0, await admin.Locator("[data-testid=still-saving-note]").CountAsync());
        // A publish whose recompute met villages still saving (PublishResult.VillagesStillSaving) says which, and what to do.
        await admin.GotoAsync($"/#/templates/{Id}?published=1&saving={PageSteps.CadreVillage}");
        var saving = await admin.TextAsync("[data-testid=still-saving-note]");
        Assert.Contains(PageSteps.CadreVillage, saving);
        Assert.Contains("仍在保存", saving);
        await admin.ClickAsync("[data-testid=nav-admission]");
        await admin.WaitForSelectorAsync($"[data-testid=admission-row][data-template='{Id}']");

        // The decision and the publish are in the audit trail, beside account changes.
        await admin.GotoAsync($"/#/account-audit?subject={Id}");
        await admin.WaitForSelectorAsync("[data-testid=audit-table]");
        Assert.Equal(["template.publish", "admission.decide"],
            await admin.Locator("[data-testid=audit-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.action)"));
        Assert.Contains("发布报表模板", await admin.Locator("[data-testid=audit-row]").First.InnerTextAsync());

        // Editing a report in force: the diff against the version in force shows the changed line both ways.
        await admin.GotoAsync("/#/templates/mz-dibao-monthly");
        await admin.WaitForSelectorAsync("[data-testid=check-status].status-ok");
        var yaml = await admin.InputValueAsync("[data-testid=yaml-editor]");
        await admin.FillAsync("[data-testid=yaml-editor]", yaml.Replace("title: 农村最低生活保障情况月报", "title: 农村低保月报"));
        await admin.ClickAsync("[data-testid=diff-run]");
        Assert.Contains("农村低保月报", await admin.TextAsync("[data-testid=diff] .d-add"));
        Assert.Contains("农村最低生活保障情况月报", await admin.TextAsync("[data-testid=diff] .d-del"));
        Assert.Empty(errors);

        // The 民政 department user subscribes to it and downloads the county's Excel for this month.
        var department = await server.OpenPageAsync();
        await department.SignInAsync("minzheng");
        await department.ClickAsync("[data-testid=nav-reports]");
        await department.ClickAsync($"[data-testid=subscribe-{Id}]");
        await department.WaitForSelectorAsync("#subscribe-dialog #subscribe-webhook");
        await department.ClickAsync("#subscribe-confirm");
        await department.WaitForSelectorAsync($"[data-testid=subscribed-{Id}]");
        await department.GotoAsync($"/#/reports/{Id}/{County}?period={month}");
        await department.WaitForSelectorAsync($"[data-testid=report-view][data-unit='{County}'][data-period='{month}']");
        Assert.Contains("志愿服务参与情况月报", await department.TextAsync("[data-testid=report-title]"));
        var (name, xlsx) = await department.DownloadAsync("#download-xlsx");
        Assert.StartsWith("志愿服务参与情况月报", name);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
    }
}
