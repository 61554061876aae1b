using FormHub.Core.Periods;
using FormHub.Filing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14, 启用月份 in the browser: an admin on a 360 px phone (Chinese) and a PC (English) sees when the county starts
/// reporting, moves it a month earlier — the month before opens for cadres at once — is told plainly why a start that
/// would hide filed months is refused, and goes back to the configured start; each setting is listed with who and when.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class ReportingStartPageTests(LiveServer server)
{
    private const string County = "360835000000";

    [Theory]
    [InlineData(360, "zh")]
    [InlineData(1280, "en")]
    public async Task TheAdminMovesTheCountysStartEarlierIsRefusedAHiddenFiledMonthAndGoesBack(int width, string lang)
    {
        var calendar = server.Services.GetRequiredService<FilingCalendar>();
        var settings = server.Services.GetRequiredService<ReportingStartSettings>();
        var first = calendar.FirstMonth(County)!.Value;
        var before = first.Previous;
        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(width, lang, "admin", errors);
        try
        {
            await page.ClickAsync("[data-testid=nav-settings]");
            var now = page.Locator($"[data-testid=start-now-{County}]");
            await now.WaitForAsync();
            Assert.Contains(lang == "en" ? "Reporting from" : "起报送", await now.InnerTextAsync());
            Assert.Contains(lang == "en" ? MonthEn(first) : first.DisplayZh, await now.InnerTextAsync());

            // A month a village already filed cannot be left out: refused, said why, nothing changed.
            await page.SelectOptionAsync($"[data-testid=start-month-{County}]", calendar.CurrentMonth.Key);
            await page.ClickAsync($"[data-testid=start-save-{County}]");
            var refused = page.Locator($"[data-testid=start-status-{County}].status-error");
            await refused.WaitForAsync();
            Assert.Contains(lang == "en" ? "already filed" : "已有", await refused.InnerTextAsync());
            Assert.Equal(first, calendar.FirstMonth(County));

            // One month earlier: in force at once.
            await page.SelectOptionAsync($"[data-testid=start-month-{County}]", before.Key);
            await page.ClickAsync($"[data-testid=start-save-{County}]");
            await page.Locator($"[data-testid=start-status-{County}].status-ok").WaitForAsync();
            Assert.Equal(before, calendar.FirstMonth(County));
            Assert.Contains(lang == "en" ? MonthEn(before) : before.DisplayZh, await now.InnerTextAsync());
            var line = page.Locator("[data-testid=start-history-line]").First;
            Assert.Contains("admin", await line.InnerTextAsync());

            // Back to the configured start.
            await page.SelectOptionAsync($"[data-testid=start-month-{County}]", "");
            await page.ClickAsync($"[data-testid=start-save-{County}]");
            await page.Locator($"[data-testid=start-status-{County}].status-ok").WaitForAsync();
            Assert.Equal(first, calendar.FirstMonth(County));
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
            Assert.DoesNotContain(errors, e => !e.Contains("400") && !e.Contains("Failed to load resource"));
        }
        finally
        {
            if (calendar.FirstMonth(County) != first)
            {
                var tree = new Core.OrgUnits.RegionTree(await server.Services.GetRequiredService<Storage.IFormHubStore>().GetRegionsAsync());
                await settings.SetAsync(tree.Find(County)!, null, new Actor("test"));
            }
        }
    }

    private static string MonthEn(Period month) =>
        new DateTime(month.Start.Year, month.Start.Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
