using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 18 in the browser: the cadre sees a finding naming a person, opens the record from it, fixes it, and the finding
/// disappears (the live rules follow the save); a department user works a 免申即享 list and records an outcome.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class FindingsWalkTests(LiveServer server)
{
    private const string Xintang = "360835101203"; // 新塘村委会 (石桥镇): no other browser test writes here

    private static Period CurrentMonth => Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);

    /// <summary>A child marked 务工 and a man of 86 without 高龄津贴 in 新塘, and the village's rules run once (the cold run).</summary>
    private async Task<(Guid Child, Guid Elder)> SeedAsync()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var s = store.OpenSession("cadre-e2e-findings", ChangeSource.Form);
        var from = CurrentMonth.Start;
        var hh = s.Create("household", Xintang, new Dictionary<string, object?> { ["name"] = "走查户" }, from);
        var child = s.Create("person", Xintang, new Dictionary<string, object?>
        {
            ["name"] = "走查孩子", ["household"] = hh, ["employment_status"] = "务工", ["id_number"] = PageSteps.IdNumber("36083520150606991"),
        }, from);
        var elder = s.Create("person", Xintang, new Dictionary<string, object?>
        {
            ["name"] = "走查老人", ["household"] = hh, ["id_number"] = PageSteps.IdNumber("36083519400606993"),
        }, from);
        await s.SaveChangesAsync();
        var tree = new RegionTree(await store.GetRegionsAsync());
        await server.Services.GetRequiredService<FindingsDeriver>().RefreshVillageAsync(tree.Find(Xintang)!, CurrentMonth);
        return (child, elder);
    }

    [Fact]
    public async Task TheCadreFixesARecordFromItsFindingAndADepartmentUserWorksTheEligibilityList()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var (child, elder) = await SeedAsync();
        var demo = (await store.FindAccountAsync("cadre"))!;
        await store.SaveAccountAsync(demo with { UserName = "cadre-e2e-findings", DisplayName = "新塘村 村干部", CaptureScope = Xintang, ViewScope = Xintang });

        var errors = new List<string>();
        var page = await server.OpenPageAsync(consoleErrors: errors);
        await page.SignInAsync("cadre-e2e-findings");
        var finding = page.Locator($"[data-testid=findings] [data-testid=finding][data-entity='{child}'][data-rule=rs-child-worker]");
        await finding.WaitForAsync();
        Assert.Contains("走查孩子（走查户户）11周岁，标为务工", await finding.InnerTextAsync());

        await finding.Locator("[data-testid=finding-open]").ClickAsync();
        await page.WaitForSelectorAsync("#entity-dialog #field-employment_status");
        Assert.Equal("走查孩子", await page.InputValueAsync("#entity-dialog #field-name"));
        await page.SelectOptionAsync("#entity-dialog #field-employment_status", "在校学生");
        await page.ClickAsync("#entity-save");
        await page.WaitForSelectorAsync("#entity-dialog", new() { State = WaitForSelectorState.Detached });
        await finding.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 20_000 });
        var resolved = (await store.ListFindingsAsync(Xintang, CurrentMonth.Key, includeResolved: true)).Single(f => f.EntityId == child && f.RuleId == "rs-child-worker");
        Assert.NotNull(resolved.ResolvedAt);
        await page.SignOutAsync();

        // 县民政局 works the 高龄津贴 list: records 已申请 for the man of 86, who then leaves the list to work.
        await page.SignInAsync("minzheng");
        await page.ClickAsync("[data-testid=nav-eligibility]");
        var entry = page.Locator($"[data-testid=eligibility] [data-testid=finding][data-entity='{elder}'][data-rule=mz-elderly-allowance-eligibility]");
        await entry.WaitForAsync();
        Assert.Contains("应享未享", await entry.InnerTextAsync());
        Assert.Contains("走查老人（走查户户）86周岁，符合条件，本月未发放高龄津贴", await entry.InnerTextAsync());
        Assert.Equal(0, await entry.Locator("[data-testid=finding-open]").CountAsync()); // departments open no records
        await entry.Locator("[data-testid=outcome-select]").SelectOptionAsync("已申请");
        await entry.Locator("[data-testid=outcome-record]").ClickAsync();
        var worked = page.Locator($"[data-testid=eligibility-worked] [data-testid=finding][data-entity='{elder}']");
        await worked.Locator("[data-testid=finding-outcome]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Contains(await store.ListEligibilityOutcomesAsync(Xintang), o => o.EntityId == elder && o.Outcome == "已申请" && o.RecordedBy == "minzheng");
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }
}
