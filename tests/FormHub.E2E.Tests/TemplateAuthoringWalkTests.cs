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
/// Issue 15 §3–4 in the browser: an admin writes a new report in the editor with a deliberate error (shown at its line),
/// fixes it, previews it on a village, reads its admission analysis (one new field, one duplicated column), admits and
/// publishes it; a department user then subscribes to it and downloads its Excel.
/// </summary>
[Collection(TemplateWalkServerCollection.Name)]
public sealed class TemplateAuthoringWalkTests(LiveServer server)
{
    private const string Id = "mz-pension-monthly";
    private const string County = "360835000000";

    private static string Draft(string hh) => $$"""
        id: {{Id}}
        version: 1
        title: 养老金发放情况月报
        department: 民政
        period: monthly
        columns:
          - id: dibao_hh
            title: 低保户数（户）
            value: |
              {{hh}}
          - id: pension
            title: 养老金发放总额（元）
            value: sum(persons, 'pension_amount')
            digits: 2
        """;

    [Fact]
    public async Task AnAdminWritesPreviewsAdmitsAndPublishesAReportAndADepartmentDownloadsIt()
    {
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth.Key;
        var errors = new List<string>();
        var admin = await server.OpenPageAsync(consoleErrors: errors);
        await admin.SignInAsync("admin");
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
        Assert.Contains("person.pension_amount", await admin.TextAsync("[data-testid=check-status]"));
        Assert.Equal(0, await admin.Locator("[data-testid=problem-line-marker]").CountAsync());

        // Preview on a village from the real data: the table with its header.
        await admin.FillAsync("[data-testid=preview-unit]", PageSteps.CadreVillage);
        await admin.FillAsync("[data-testid=preview-period]", month);
        await admin.ClickAsync("[data-testid=preview-run]");
        await admin.WaitForSelectorAsync("[data-testid=preview-table]");
        Assert.Contains("石门村委会", await admin.TextAsync("[data-testid=preview-table] caption"));
        Assert.Contains("低保户数（户）", await admin.TextAsync("[data-testid=preview-table] thead"));

        // The admission analysis: pension_amount is new (with its burden), 低保户数 repeats the 低保 report.
        await admin.ClickAsync("[data-testid=analyse]");
        var fresh = await admin.WaitForSelectorAsync("[data-testid=field-new][data-field='person.pension_amount']");
        Assert.Contains("新增采集", await fresh!.InnerTextAsync());
        Assert.Equal(1, await admin.Locator("[data-testid=field-new]").CountAsync());
        var duplicate = await admin.TextAsync("[data-testid=duplicate-column]");
        Assert.Contains("农村最低生活保障情况月报", duplicate);
        Assert.Contains("低保户数", duplicate);
        Assert.Contains("准入后", await admin.TextAsync("[data-testid=admission-after]"));

        // Admit, then publish from this month.
        await admin.FillAsync("[data-testid=decision-reason]", "民政局新增养老金发放统计，低保户数列保留以便对照");
        await admin.ClickAsync("[data-testid=decide]");
        Assert.Contains("准入", await (await admin.WaitForSelectorAsync("[data-testid=decision-status] .panel-ok"))!.InnerTextAsync());
        Assert.Equal(month, await admin.InputValueAsync("[data-testid=effective-from]"));
        await admin.ClickAsync("[data-testid=publish-run]");
        await admin.WaitForSelectorAsync("[data-testid=published-note]");
        Assert.Contains("已发布第1版", await admin.TextAsync("[data-testid=published-note]"));
        Assert.Contains("admin", await admin.TextAsync("[data-testid=history]"));
        await admin.ClickAsync("[data-testid=nav-admission]");
        await admin.WaitForSelectorAsync($"[data-testid=admission-row][data-template='{Id}']");

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
        Assert.Contains("养老金发放情况月报", await department.TextAsync("[data-testid=report-title]"));
        var (name, xlsx) = await department.DownloadAsync("#download-xlsx");
        Assert.StartsWith("养老金发放情况月报", name);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
    }
}
