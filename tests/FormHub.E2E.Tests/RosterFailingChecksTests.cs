using FormHub.Core.OrgUnits;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14, the village cadre: the roster filters by failing checks (the month's findings of record rules) — the list
/// of checks names each with how many records it flags, in the page's language — marks each failing record beside its
/// name, sorts by the number of problems, and keeps the filter in the URL.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class RosterFailingChecksTests(LiveServer server)
{
    private const string Chayuan = "360835200203"; // 茶园村委会 (杨柳乡): no other browser test writes to it
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static HashSet<Guid>? _children;

    /// <summary>Three children under 16 marked 务工 (rs-child-worker) in a household of their own; then the village's rules run.</summary>
    private async Task<HashSet<Guid>> SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_children is not null) return _children;
            var store = server.Services.GetRequiredService<IFormHubStore>();
            var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
            var s = store.OpenSession("cadre-e2e-checks", ChangeSource.Form);
            var hh = s.Create("household", Chayuan, new Dictionary<string, object?> { ["name"] = "校验户" }, month.Start);
            var children = new HashSet<Guid>();
            for (var i = 0; i < 3; i++)
                children.Add(s.Create("person", Chayuan, new Dictionary<string, object?>
                {
                    ["name"] = $"校验孩子{i}", ["household"] = hh, ["employment_status"] = "务工", ["id_number"] = PageSteps.IdNumber($"3608352015060688{i}"),
                }, month.Start));
            await s.SaveChangesAsync();
            var tree = new RegionTree(await store.GetRegionsAsync());
            await server.Services.GetRequiredService<FindingsDeriver>().RefreshVillageAsync(tree.Find(Chayuan)!, month);
            return _children = children;
        }
        finally { Once.Release(); }
    }

    [Theory]
    [InlineData(1280, "zh")]
    [InlineData(360, "en")]
    public async Task TheCadreListsThePersonsFailingACheckAndSortsByTheirProblems(int width, string lang)
    {
        var children = await SeedAsync();
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
        var rules = server.Services.GetRequiredService<RuleBook>();
        var failing = (await store.ListFindingsAsync(Chayuan, month.Key))
            .Where(f => f.EntityType == "person" && rules.Find(f.RuleId)?.Rule.Kind == Core.Rules.RuleKind.Check)
            .GroupBy(f => f.EntityId).ToDictionary(g => g.Key, g => g.Count());
        var user = $"cadre-checks-{width}";
        await server.CreateCadreAsync(user, Chayuan, "茶园村 村干部");

        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(width, lang, user, errors);
        await page.GotoAsync($"/#/roster/person?period={month.Key}");
        await page.WaitForSelectorAsync("[data-testid=roster-row]");

        // The list of checks names the rule in the page's language with how many records it flags.
        var option = page.Locator("#roster-check option[value=rs-child-worker]");
        await option.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Contains(lang == "en" ? "Child under 16 marked as working (3)" : "未满16周岁标为务工（3）", await option.TextContentAsync());

        await page.OpenFiltersAsync();
        await page.SelectOptionAsync("#roster-check", "rs-child-worker");
        await WaitForTotalAsync(page, 3, lang);
        var listed = await page.Locator("[data-testid=roster-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        Assert.Equal(children, listed.Select(Guid.Parse).ToHashSet());
        Assert.Equal(3, await page.Locator("[data-testid=roster-row] [data-testid=roster-fails]").CountAsync());
        Assert.Contains("check=rs-child-worker", page.Url);

        // Any check, the records with the most problems first.
        await page.SelectOptionAsync("#roster-check", "any");
        await page.SelectOptionAsync("#roster-sort", "findings");
        await page.SelectOptionAsync("#roster-desc", "true");
        await WaitForTotalAsync(page, failing.Count, lang);
        var ids = await page.Locator("[data-testid=roster-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        var counts = ids.Select(id => failing.GetValueOrDefault(Guid.Parse(id))).ToList();
        Assert.All(counts, n => Assert.True(n > 0));
        Assert.Equal(counts.OrderByDescending(n => n).ToList(), counts);

        // The link reopens the same list.
        var again = await server.OpenSignedInAsync(width, lang, user);
        await again.GotoAsync(page.Url);
        await WaitForTotalAsync(again, failing.Count, lang);
        Assert.Equal("any", await again.InputValueAsync("#roster-check"));

        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    private static async Task WaitForTotalAsync(IPage page, int total, string lang)
    {
        var text = lang == "en" ? $"{total:N0} records" : $"共 {total:N0} 条";
        await page.WaitForFunctionAsync($"document.querySelector('[data-testid=roster-page-info]')?.textContent.includes('{text}')");
        await page.WaitForFunctionAsync("document.querySelector('#roster-table tbody')?.hasAttribute('aria-busy') === false");
    }
}
