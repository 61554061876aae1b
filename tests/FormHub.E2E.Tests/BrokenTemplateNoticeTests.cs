using FormHub.Reports.Templates;
using FormHub.Storage;
using FormHub.Storage.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.E2E.Tests;

/// <summary>
/// A stored template that no longer compiles (left by a catalog change that raced a publish before both were checked
/// under one lock) is skipped, and the admin's template page says which one and why, at its line.
/// </summary>
[Collection(TemplateWalkServerCollection.Name)]
public sealed class BrokenTemplateNoticeTests(LiveServer server)
{
    [Fact]
    public async Task TheTemplatesPageListsATemplateThatNoLongerCompilesWithItsLine()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        const string yaml = """
            id: mz-orphaned-monthly
            version: 1
            title: 已失效的报表
            department: 民政
            period: monthly
            columns:
              - id: n
                title: 人数（人）
                value: count(persons, function (p) { return p.gone_field !== null; })
            """;
        await store.AppendTemplateLogAsync([new TemplateLogEntry(0, "mz-orphaned-monthly", TemplateLogKind.Published, 1, yaml, null, "admin",
            DateTimeOffset.UtcNow, null)], await store.GetTemplateRevisionAsync());
        await server.Services.GetRequiredService<StoredTemplates>().ReloadAsync();

        var errors = new List<string>();
        var admin = await server.OpenPageAsync(360, 740, errors);
        await admin.SignInAsync("admin");
        await admin.ClickAsync("[data-testid=nav-templates]");
        var notice = await admin.WaitForSelectorAsync("[data-testid=template-broken][data-template='mz-orphaned-monthly']");
        var text = await notice!.InnerTextAsync();
        Assert.Contains("第9行", text);
        Assert.Contains("gone_field", text);
        Assert.Contains("已暂停计算和报送", await admin.TextAsync("[data-testid=templates-broken]"));
        Assert.Equal(0, await admin.Locator("[data-testid=template-row][data-template='mz-orphaned-monthly']").CountAsync());
        await admin.ScreenshotToResultsAsync("templates-broken-360");
        Assert.Empty(errors);
    }
}
