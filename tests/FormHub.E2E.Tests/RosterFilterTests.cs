using FormHub.Core.Catalog;
using FormHub.Filing;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14, the village cadre and the reviewer: the roster filters by age band, status, 低保/特困/残疾 and sorts by the
/// columns people look for; the filters are in the URL, so the link reopens the same list. The expected rows are worked
/// out here from the stored records (age from the ID number as of the month's last day, 低保 from the household).
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class RosterFilterTests(LiveServer server)
{
    private const string Yangliu = "360835200200";         // 杨柳村委会 (杨柳乡): no other browser test writes to it
    private const string YangliuTownship = "360835200000";

    [Theory]
    [InlineData(1280, "zh")]
    [InlineData(360, "en")]
    public async Task TheCadreFiltersPersonsByAgeBandAndDibaoSortsByAgeAndTheLinkReopensTheSameList(int width, string lang)
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
        var user = $"cadre-roster-{width}";
        await server.CreateCadreAsync(user, Yangliu, "杨柳村 村干部");
        var expected = await DibaoPersonsAgedAsync(store, month.End, 60);
        var all = (await store.ListAsync(new EntityQuery(Yangliu, "person") { Take = 1000 })).Total;
        Assert.InRange(expected.Count, 1, all - 1); // the filter must keep some and drop some, or it proves nothing

        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(width, lang, user, errors);
        await page.GotoAsync($"/#/roster/person?period={month.Key}");
        await page.WaitForSelectorAsync("[data-testid=roster-row]");

        // Only months that apply are offered: none before the county's reporting start (the demo's first seeded month).
        var months = await page.Locator("#period-select option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Equal([month.Key, month.Previous.Key, month.Previous.Previous.Key], months);

        await page.OpenFiltersAsync();
        await page.SelectOptionAsync("#roster-age", "60-");
        await page.CheckAsync("#roster-dibao");
        await page.SelectOptionAsync("#roster-sort", "age");
        await page.SelectOptionAsync("#roster-desc", "true");
        await WaitForTotalAsync(page, "roster", expected.Count, lang);

        var ages = await AgesAsync(page, "roster");
        Assert.Equal(Math.Min(20, expected.Count), ages.Count);
        Assert.All(ages, a => Assert.True(a >= 60, $"age {a} is below the band"));
        Assert.Equal(ages.OrderByDescending(a => a).ToList(), ages);
        Assert.Equal(expected.Values.OrderByDescending(a => a).Take(20).ToList(), ages);

        // The URL carries the state: a fresh page opened on it shows the same list.
        var url = page.Url;
        Assert.Contains("age=60-", url);
        Assert.Contains("dibao=true", url);
        Assert.Contains("sort=age", url);
        var again = await server.OpenSignedInAsync(width, lang, user);
        await again.GotoAsync(url);
        await WaitForTotalAsync(again, "roster", expected.Count, lang);
        Assert.Equal(ages, await AgesAsync(again, "roster"));
        Assert.True(await again.IsCheckedAsync("#roster-dibao"));
        Assert.Equal("60-", await again.InputValueAsync("#roster-age"));

        // Status: the retired are listed only when asked for, with their reason.
        await page.ClickAsync("#roster-clear");
        await page.SelectOptionAsync("#roster-status", "death");
        await page.WaitForFunctionAsync("!document.querySelector('#roster-table tbody').hasAttribute('aria-busy')");
        var deaths = (await store.ListAsync(new EntityQuery(Yangliu, "person") { IncludeRetired = true, Take = 1000 })).Items
            .Count(p => p.Retirement?.Reason == RetirementReason.Death);
        await WaitForTotalAsync(page, "roster", deaths, lang);

        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Fact]
    public async Task TheReviewerFiltersAVillagesPersonsAndTheLinkKeepsTheFilter()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
        var demo = (await store.FindAccountAsync("reviewer"))!;
        await store.SaveAccountAsync(demo with { UserName = "reviewer-yangliu", DisplayName = "杨柳乡 审核员", CaptureScope = null, ViewScope = YangliuTownship });
        var expected = await DibaoPersonsAgedAsync(store, month.End, 60);

        var page = await server.OpenPageAsync(360, 800);
        await page.SignInAsync("reviewer-yangliu");
        await page.GotoAsync($"/#/review/{Yangliu}?period={month.Key}");
        await page.ClickAsync("[data-testid=review-tab-person]");
        await page.OpenFiltersAsync("review-person");
        await page.WaitForSelectorAsync("#review-person-age");
        await page.SelectOptionAsync("#review-person-age", "60-");
        await page.CheckAsync("#review-person-dibao");
        await WaitForTotalAsync(page, "review-person", expected.Count, "zh");
        Assert.Contains("rtab=person", page.Url);
        Assert.Contains("rage=60-", page.Url);

        var again = await server.OpenPageAsync(1280, 900);
        await again.SignInAsync("reviewer-yangliu");
        await again.GotoAsync(page.Url);
        await WaitForTotalAsync(again, "review-person", expected.Count, "zh");
        Assert.Equal("true", await again.GetAttributeAsync("[data-testid=review-tab-person]", "aria-selected"));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
    }

    /// <summary>Current persons of 杨柳村 at least <paramref name="minAge"/> on <paramref name="asOf"/> whose household is 在保, by id with their age.</summary>
    private static async Task<Dictionary<Guid, int>> DibaoPersonsAgedAsync(IFormHubStore store, DateOnly asOf, int minAge)
    {
        var households = (await store.ListAsync(new EntityQuery(Yangliu, "household") { Take = 1000, IncludeRetired = true })).Items
            .Where(h => (string?)h["dibao_status"] == "在保").Select(h => h.Id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<Guid, int>();
        foreach (var p in (await store.ListAsync(new EntityQuery(Yangliu, "person") { Take = 1000 })).Items)
        {
            if (p["household"] is not string h || !households.Contains(h)) continue;
            var born = DateOnly.ParseExact(((string)p["id_number"]!).Substring(6, 8), "yyyyMMdd");
            var age = DerivedFields.YearsBetween(born, asOf);
            if (age >= minAge) result[p.Id] = age;
        }
        return result;
    }

    private static async Task WaitForTotalAsync(IPage page, string prefix, int total, string lang)
    {
        var text = lang == "en" ? $"{total:N0} records" : $"共 {total:N0} 条";
        await page.WaitForFunctionAsync($"document.querySelector('[data-testid={prefix}-page-info]')?.textContent.includes('{text}')");
        await page.WaitForFunctionAsync($"document.querySelector('#{prefix}-table tbody')?.hasAttribute('aria-busy') === false");
    }

    private static async Task<List<int>> AgesAsync(IPage page, string prefix)
    {
        var cells = await page.Locator($"#{prefix}-table tbody td[data-col=age]").AllInnerTextsAsync();
        return cells.Select(c => int.Parse(c.Trim())).ToList();
    }
}
