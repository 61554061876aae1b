using FormHub.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14, a department user's first visit on a phone: the inbox they land on is empty, and says so, with the way to
/// get notifications (subscribe to reports) — it once showed a blank panel.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class FirstVisitTests(LiveServer server)
{
    [Fact]
    public async Task ADepartmentUserWithoutSubscriptionsIsToldHowToGetNotifications()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var demo = (await store.FindAccountAsync("minzheng"))!;
        await store.SaveAccountAsync(demo with { UserName = "minzheng-first-visit", DisplayName = "县民政局 新用户" });

        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(360, "zh", "minzheng-first-visit", errors);
        var empty = page.Locator("[data-testid=inbox-empty]");
        await empty.WaitForAsync();
        Assert.Contains("订阅报表", await empty.InnerTextAsync());
        await page.ClickAsync("#inbox-to-reports");
        await page.WaitForSelectorAsync("[data-testid=open-report-mz-dibao-monthly]");
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }
}
