using FormHub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// 数据目录 in the browser (issue 15, §2), on a 360 px phone: an admin adds a field to 人员 and sees it in the catalog and its
/// history; the village cadre's record dialog asks for it at once; removing a field a report reads is refused with the
/// report and the stored values named, and nothing changes.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class CatalogEditingTests(LiveServer server)
{
    [Fact]
    public async Task AnAdminAddsAFieldTheCadreIsAskedForItAndABreakingRemovalIsRefusedWithWhatItBreaks()
    {
        var errors = new List<string>();
        var admin = await server.OpenPageAsync(360, 740, errors);
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await admin.SignInAsync("admin");
        await admin.ClickAsync("[data-testid=nav-catalog]");
        await admin.WaitForSelectorAsync("[data-testid=catalog-page]");
        Assert.Equal("person", await admin.InputValueAsync("#catalog-type"));
        var version = await admin.TextAsync("[data-testid=catalog-version]");

        var card = await admin.AddPersonEnumFieldAsync("volunteer_service", "志愿服务", "Volunteer service", "经常参加\n偶尔参加\n未参加", "民政");
        Assert.Contains("志愿服务", await card.InnerTextAsync());
        Assert.Contains("暂无报表读取", await card.Locator("[data-testid=catalog-field-readers]").InnerTextAsync());
        Assert.Contains("新增字段 person.volunteer_service「志愿服务」", await admin.TextAsync("[data-testid=catalog-saved]"));
        Assert.NotEqual(version, await admin.TextAsync("[data-testid=catalog-version]"));
        var newest = admin.Locator("[data-testid=catalog-history-row]").First;
        Assert.Contains("admin", await newest.InnerTextAsync());
        Assert.Contains("志愿服务", await newest.InnerTextAsync());

        // The village cadre's record dialog has it among the registry fields, with its options.
        var cadre = await server.OpenPageAsync(360, 740);
        await cadre.SignInAsync("cadre");
        await cadre.ClickAsync("[data-testid=nav-person]");
        await cadre.Locator("[data-testid=roster-row]").First.ClickAsync();
        await cadre.WaitForSelectorAsync("#entity-dialog #field-volunteer_service");
        Assert.Equal("志愿服务", (await cadre.TextAsync("#entity-dialog label[for=field-volunteer_service]")).Split(' ', '*')[0].Trim());
        Assert.Contains("偶尔参加", await cadre.InnerTextAsync("#entity-dialog #field-volunteer_service"));

        // Removing 低保状态, which the 低保 report reads and households hold, is refused, naming both; nothing changes.
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var before = store.CatalogVersion;
        await admin.SelectOptionAsync("#catalog-type", "household");
        var dibao = admin.Locator("[data-testid=catalog-field][data-key='household.dibao_status']");
        Assert.Contains("农村最低生活保障情况月报", await dibao.Locator("[data-testid=catalog-field-readers]").InnerTextAsync());
        await dibao.Locator("[data-testid=catalog-field-edit]").ClickAsync();
        await admin.ClickAsync("[data-testid=catalog-field-remove]");
        var breaks = admin.Locator("[data-testid=catalog-breaks]");
        await breaks.WaitForAsync();
        var text = await breaks.InnerTextAsync();
        Assert.Contains("未保存", text);
        Assert.Contains("报表「农村最低生活保障情况月报」", text);
        Assert.Matches("已存有 [0-9]+ 个值", text);
        await admin.ScreenshotToResultsAsync("catalog-refused-removal-360");
        Assert.Equal(before, store.CatalogVersion);
        Assert.NotNull(store.Catalog.FindField("household.dibao_status"));
        Assert.Empty(errors.Where(e => !e.Contains("409")));
    }
}
