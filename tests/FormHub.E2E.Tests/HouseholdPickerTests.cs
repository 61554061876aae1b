using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// A village with more households than one page of the API (100): the person dialog's 所属户 list holds the first page
/// and a search box finds the others. Its own server, since it adds 120 households to the cadre's village.
/// Also a save that lost to someone else's (409) offers 重新加载.
/// </summary>
[Collection(BigVillageCollection.Name)]
public sealed class HouseholdPickerTests(LiveServer server)
{
    private const int Added = 120;

    [Fact]
    public async Task APersonIsLinkedToAHouseholdBeyondTheFirstHundredBySearchingForIt()
    {
        var errors = new List<string>();
        var page = await server.OpenPageAsync(360, 780, errors);
        await page.SignInAsync("cadre");
        await page.WaitForSelectorAsync("[data-testid=summary]");
        var created = await page.EvaluateAsync<int>($$"""
            async () => {
              const { Api } = await import('/js/api.js');
              const { currentPeriod } = await import('/js/state.js');
              const operations = Array.from({ length: {{Added}} }, (_, i) =>
                ({ op: 'create', entityType: 'household', fields: { name: '远页户' + String(i + 1).padStart(3, '0') } }));
              const res = await Api.changes('{{PageSteps.CadreVillage}}', { period: currentPeriod(), operations });
              return res.ids.length;
            }
            """);
        Assert.Equal(Added, created);

        // A person's dialog: the list holds one page of households, the search box says there are more.
        await page.ClickAsync("[data-testid=nav-person]");
        await page.WaitForSelectorAsync("[data-testid=roster-row]");
        var row = page.Locator("[data-testid=roster-row]").First;
        var personId = await row.GetAttributeAsync("data-id");
        await row.Locator("[data-testid=roster-open]").ClickAsync();
        await page.WaitForSelectorAsync("#entity-dialog #field-household-search");
        Assert.Contains("100", await page.TextAsync("[data-testid=field-household-search-hint]"));
        var listed = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#field-household option')].map(o => o.textContent)");
        Assert.InRange(listed.Length, 101, 102); // 请选择, one page, and the person's own household when not on it
        var wanted = Enumerable.Range(1, Added).Select(i => $"远页户{i:D3}").First(n => !listed.Contains(n));

        // Find it by name and pick it.
        await page.FillAsync("#field-household-search", wanted);
        await page.WaitForFunctionAsync($"[...document.querySelectorAll('#field-household option')].some(o => o.textContent === '{wanted}')");
        Assert.Contains("1", await page.TextAsync("[data-testid=field-household-search-hint]"));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
        await page.ScreenshotToResultsAsync("household-picker-360px");
        await page.SelectOptionAsync("#field-household", new SelectOptionValue { Label = wanted });
        await page.ClickAsync("#entity-save");
        await page.WaitForSelectorAsync("#entity-dialog", new() { State = WaitForSelectorState.Detached });

        // The list shows the household by name (its names come from every page, not the first only).
        await page.WaitForFunctionAsync(
            $"document.querySelector('[data-testid=roster-row][data-id=\"{personId}\"]')?.textContent.includes('{wanted}')");

        // Reopened, the dialog shows the household chosen although it is not on the first page.
        await page.Locator($"[data-testid=roster-row][data-id=\"{personId}\"] [data-testid=roster-open]").ClickAsync();
        await page.WaitForSelectorAsync("#entity-dialog #field-household-search");
        Assert.Equal(wanted, await page.EvalOnSelectorAsync<string>("#field-household", "s => s.selectedOptions[0].textContent"));

        // Someone else saves the person meanwhile: this save is refused with the conflict message and 重新加载.
        await page.EvaluateAsync($$"""
            async () => {
              const { Api } = await import('/js/api.js');
              const { currentPeriod } = await import('/js/state.js');
              const e = await Api.entity('{{PageSteps.CadreVillage}}', 'person', '{{personId}}', currentPeriod());
              await Api.changes('{{PageSteps.CadreVillage}}', { period: currentPeriod(), operations: [{ op: 'change', id: e.id, version: e.version, fields: { phone: '13800138000' } }] });
            }
            """);
        await page.FillAsync("#field-name", "改名测试");
        await page.ClickAsync("#entity-save");
        await page.WaitForSelectorAsync("#entity-dialog [data-testid=entity-status].status-error");
        await page.ClickAsync("#entity-reload");
        await page.WaitForFunctionAsync("document.querySelector('#entity-dialog #field-name')?.value !== '改名测试'");
        await page.WaitForSelectorAsync("#entity-dialog #field-household-search");
        Assert.Equal(wanted, await page.EvalOnSelectorAsync<string>("#field-household", "s => s.selectedOptions[0].textContent"));

        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }
}

/// <summary>A second live server, for tests that change the demo village in ways the other tests must not see.</summary>
[CollectionDefinition(Name)]
public sealed class BigVillageCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "live server, big village";
}
