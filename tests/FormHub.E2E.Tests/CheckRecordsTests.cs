using FormHub.Core.OrgUnits;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14 in the browser: a report check that concerns records ("有80周岁及以上老年人本月未发放高龄津贴") names them on the
/// cadre's form — name, household, the value at fault — each opening its record; in English mode the check and the rule's
/// message read in English. On a 360 px phone the findings panel folds to one line with its count.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class CheckRecordsTests(LiveServer server)
{
    private const string Longtian = "360835201200"; // 龙田村委会 (龙田乡): no other browser test writes here

    private async Task<Guid> SeedElderAsync(string name, int serial)
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
        var s = store.OpenSession("cadre-e2e-records", ChangeSource.Form);
        var hh = s.Create("household", Longtian, new Dictionary<string, object?> { ["name"] = name + "家" }, month.Start);
        var elder = s.Create("person", Longtian, new Dictionary<string, object?>
        {
            ["name"] = name, ["household"] = hh, ["id_number"] = PageSteps.IdNumber($"36083519400707{990 + serial}"),
        }, month.Start);
        await s.SaveChangesAsync();
        var tree = new RegionTree(await store.GetRegionsAsync());
        await server.Services.GetRequiredService<FindingsDeriver>().RefreshVillageAsync(tree.Find(Longtian)!, month);
        return elder;
    }

    [Theory]
    [InlineData(1280, "zh")]
    [InlineData(360, "en")]
    public async Task AFailingCheckAboutRecordsNamesThemAndEachOpensItsRecord(int width, string lang)
    {
        var name = width > 400 ? "点名老人" : "点名老汉甲";
        var elder = await SeedElderAsync(name, width > 400 ? 1 : 3);
        var user = $"cadre-records-{width}";
        await server.CreateCadreAsync(user, Longtian, "龙田村 村干部");

        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(width, lang, user, errors);
        // The check comes from the village's live report row, a moment behind the save: look again until it names the man.
        // the monthly check (in December the yearly report's 12月 check names the same man under its own check)
        var check = page.Locator("[data-testid=checks] [data-testid=check][data-template=mz-elderly-allowance-monthly][data-records=mz-elderly-unpaid]");
        var named = check.Locator($"[data-testid=check-records] [data-testid=finding][data-entity='{elder}']");
        for (var attempt = 0; attempt < 20 && await named.CountAsync() == 0; attempt++)
        {
            await page.GotoAsync("/#/form?again=" + attempt);
            await page.WaitForSelectorAsync("[data-testid=checks]");
            try { await named.WaitForAsync(new() { Timeout = 2_000 }); } catch (TimeoutException) { }
        }
        Assert.Contains(lang == "en" ? "Someone aged 80 or over was not paid the old-age allowance" : "有80周岁及以上老年人本月未发放高龄津贴",
            await check.Locator(".check-message").InnerTextAsync());
        var text = await named.InnerTextAsync();
        Assert.Contains(lang == "en" ? $"{name} ({name}家 household), aged 86: no old-age allowance paid in" : $"{name}（{name}家户）86周岁", text);
        Assert.Contains(lang == "en" ? "Age: 86" : "年龄：86", await named.Locator("[data-testid=finding-values]").InnerTextAsync());

        // The same finding in the form's own findings panel reads in the chosen language too; on a phone it starts folded.
        var fold = page.Locator("[data-testid=findings-fold]");
        Assert.Equal(width > 400, await fold.EvaluateAsync<bool>("d => d.open"));
        if (width < 400)
        {
            Assert.Matches(@"^\d+ records to check", await page.InnerTextAsync("[data-testid=findings-summary]"));
            // folded, the panel is one line: the village's own form starts within a screen and a half below it
            var panelHeight = await page.EvaluateAsync<double>("document.querySelector('[data-testid=findings]').getBoundingClientRect().height");
            Assert.True(panelHeight < 120, $"the folded findings panel is {panelHeight} px high");
            await page.ClickAsync("[data-testid=findings-summary]");
        }
        var inPanel = page.Locator($"[data-testid=findings] [data-testid=finding][data-entity='{elder}'][data-rule=mz-elderly-unpaid]");
        await inPanel.WaitForAsync();
        Assert.Contains(lang == "en" ? "no old-age allowance paid in" : "未发放高龄津贴", await inPanel.Locator("[data-testid=finding-message]").InnerTextAsync());

        // The name opens the record.
        await named.Locator("[data-testid=finding-open]").ClickAsync();
        await page.WaitForSelectorAsync("#entity-dialog #field-name");
        Assert.Equal(name, await page.InputValueAsync("#entity-dialog #field-name"));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Fact]
    public async Task TheReviewerSeesTheNamesUnderAFailingCheckWithoutARecordLink()
    {
        var elder = await SeedElderAsync("审核可见老人", 5);
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var demo = (await store.FindAccountAsync("reviewer"))!;
        await store.SaveAccountAsync(demo with { UserName = "reviewer-longtian", DisplayName = "龙田乡 审核员", CaptureScope = null, ViewScope = "360835201000" });

        var page = await server.OpenPageAsync(1280, 900);
        await page.SignInAsync("reviewer-longtian");
        var named = page.Locator($"[data-testid=review-checks] [data-testid=check][data-template=mz-elderly-allowance-monthly][data-records=mz-elderly-unpaid] [data-testid=finding][data-entity='{elder}']");
        for (var attempt = 0; attempt < 20 && await named.CountAsync() == 0; attempt++)
        {
            await page.GotoAsync($"/#/review/{Longtian}?again={attempt}");
            await page.WaitForSelectorAsync("[data-testid=review-village-title]");
            try { await named.WaitForAsync(new() { Timeout = 2_000 }); } catch (TimeoutException) { }
        }
        Assert.Contains("审核可见老人（审核可见老人家户）86周岁", await named.InnerTextAsync());
        Assert.Equal(0, await named.Locator("[data-testid=finding-open]").CountAsync());
    }
}
