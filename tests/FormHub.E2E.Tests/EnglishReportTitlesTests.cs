using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14, English mode: report titles, column titles (and their group headers), units and departments read in
/// English wherever a report is named — the department's report list, the report view, 报送情况, and the cadre's report
/// list and report cards — from the templates' title_en, not only the page chrome. On a 360 px phone.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed partial class EnglishReportTitlesTests(LiveServer server)
{
    private const string County = "360835000000";

    [Fact]
    public async Task TheDepartmentReadsReportAndColumnTitlesInEnglish()
    {
        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(360, "en", "minzheng", errors);
        await page.GotoAsync("/#/reports");
        var open = page.Locator("[data-testid=open-report-mz-dibao-monthly]");
        await open.WaitForAsync();
        Assert.Equal("Rural minimum living allowance (dibao), monthly", (await open.InnerTextAsync()).Trim());

        await page.GotoAsync($"/#/reports/mz-disability-subsidy-monthly/{County}");
        await page.WaitForSelectorAsync("[data-testid=report-title]");
        Assert.Equal("Disability living and nursing subsidies, monthly", await page.TextAsync("[data-testid=report-title]"));
        Assert.Contains("Civil Affairs", await page.TextAsync("[data-testid=report-subtitle]"));
        var heads = await page.Locator("#report-table thead th").AllInnerTextsAsync();
        Assert.Contains(heads, h => h.Contains("Certified disabled persons"));
        Assert.All(heads, h => Assert.DoesNotMatch(Cjk(), h));

        await page.GotoAsync("/#/completeness");
        await page.WaitForSelectorAsync("[data-testid=completeness-title]");
        var links = await page.Locator("main a[href*='#/reports/']").AllInnerTextsAsync();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.DoesNotMatch(Cjk(), l));

        // 及时率 with no village decided (none filed, none late) is not a figure yet: a dash and why, never 100%.
        var answer = await page.Context.APIRequest.GetAsync($"/api/completeness/{County}");
        var dibao = System.Text.Json.JsonDocument.Parse(await answer.TextAsync()).RootElement.EnumerateArray()
            .Single(c => c.GetProperty("templateId").GetString() == "mz-dibao-monthly");
        var undecided = dibao.GetProperty("submitted").GetInt32() + dibao.GetProperty("approved").GetInt32() + dibao.GetProperty("late").GetArrayLength() == 0;
        var card = page.Locator("[data-testid=completeness-mz-dibao-monthly]");
        var shown = (await card.Locator("[data-testid=ontime-value]").InnerTextAsync()).Trim();
        Assert.Equal(undecided, shown == "–");
        Assert.Equal(undecided ? 1 : 0, await card.Locator("[data-testid=ontime-undecided]").CountAsync());
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Fact]
    public async Task TheCadresReportListAndReportCardsAreInEnglish()
    {
        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(360, "en", "cadre", errors);
        await page.WaitForSelectorAsync("[data-testid=report-list]");
        await page.EvaluateAsync("document.querySelectorAll('main details').forEach(d => d.open = true)");
        var names = await page.Locator("[data-testid=report-list] .report-item-name").AllInnerTextsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.DoesNotMatch(Cjk(), n));
        await page.WaitForSelectorAsync("[data-testid=village-reports] [data-testid=report-mz-dibao-monthly]");
        var card = page.Locator("[data-testid=report-mz-dibao-monthly]");
        Assert.Contains("Rural minimum living allowance", await card.Locator(".report-title").InnerTextAsync());
        var rowHeads = await card.Locator("tbody th").AllInnerTextsAsync();
        Assert.Contains("Dibao households", rowHeads);
        Assert.All(rowHeads, h => Assert.DoesNotMatch(Cjk(), h));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [GeneratedRegex("[\\u4e00-\\u9fff]")]
    private static partial Regex Cjk();
}
