using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 13, item 3 in a real browser: the household dialog saves 本月低保金发放金额 with the version it read (so a
/// second save in the same dialog session works), and a value saved meanwhile by another tab is a 409 naming the value
/// and the month, with 重新加载, instead of being overwritten.
/// </summary>
[Collection(BigVillageCollection.Name)]
public sealed class PeriodicConflictTests(LiveServer server)
{
    [Fact]
    public async Task ADialogSavesTheMonthlyValueItReadAndIsToldWhenAnotherTabSavedItMeanwhile()
    {
        var errors = new List<string>();
        var page = await server.OpenPageAsync(consoleErrors: errors);
        await page.SignInAsync("cadre");
        await page.WaitForSelectorAsync("[data-testid=summary]");
        await page.ClickAsync("[data-testid=nav-household]");
        await page.WaitForSelectorAsync("[data-testid=roster-row]");
        var row = page.Locator("[data-testid=roster-row]").Nth(3);
        var id = await row.GetAttributeAsync("data-id");

        // First save: the value was read as not entered (or at some version); the dialog names what it read.
        await row.Locator("[data-testid=roster-open]").ClickAsync();
        await page.WaitForSelectorAsync("#entity-dialog #field-dibao_amount");
        await page.FillAsync("#field-dibao_amount", "321");
        await page.ClickAsync("#entity-save");
        await page.WaitForSelectorAsync("#entity-dialog", new() { State = WaitForSelectorState.Detached });

        // Reopened, then another tab saves the value before this one does.
        await page.Locator($"[data-testid=roster-row][data-id=\"{id}\"] [data-testid=roster-open]").ClickAsync();
        await page.WaitForSelectorAsync("#entity-dialog #field-dibao_amount");
        Assert.Equal("321", await page.InputValueAsync("#field-dibao_amount"));
        await page.EvaluateAsync($$"""
            async () => {
              const { Api } = await import('/js/api.js');
              const { currentPeriod } = await import('/js/state.js');
              const e = await Api.entity('{{PageSteps.CadreVillage}}', 'household', '{{id}}', currentPeriod());
              await Api.changes('{{PageSteps.CadreVillage}}', { period: currentPeriod(), operations: [{ op: 'change', id: e.id, version: e.version,
                periodic: { dibao_amount: 400 }, periodicVersions: { dibao_amount: e.periodicVersions.dibao_amount } }] });
            }
            """);
        await page.FillAsync("#field-dibao_amount", "333");
        await page.ClickAsync("#entity-save");

        var status = await page.WaitForSelectorAsync("#entity-dialog .status-error");
        var message = await status!.InnerTextAsync();
        Assert.Contains("「本月低保金发放金额」", message);
        Assert.Contains("已在其他窗口或由他人修改", message);
        Assert.NotNull(await page.QuerySelectorAsync("#entity-reload"));
        var stored = await page.EvaluateAsync<double>($$"""
            async () => {
              const { Api } = await import('/js/api.js');
              const { currentPeriod } = await import('/js/state.js');
              return (await Api.entity('{{PageSteps.CadreVillage}}', 'household', '{{id}}', currentPeriod())).periodic.dibao_amount;
            }
            """);
        Assert.Equal(400, stored);
        Assert.DoesNotContain(errors, e => !e.Contains("409"));
    }
}
