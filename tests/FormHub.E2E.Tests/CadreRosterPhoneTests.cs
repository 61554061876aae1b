using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FormHub.Filing;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14 on the cadre's roster and a phone: the cadre exports the village's roster from the roster page (a valid .xlsx
/// and a CSV with BOM, their own village only); on a 360 px phone the filters fold behind one 筛选 button and a table
/// wider than the screen says so; the demo county's reviewer finds 本月变动 filled.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class CadreRosterPhoneTests(LiveServer server)
{
    private const string Changchong = "360835201201"; // 长冲村委会 (龙田乡): no other browser test writes here
    private const string Meilin = "360835201204";     // 梅林村委会 (龙田乡): read only

    [Fact]
    public async Task TheCadreExportsTheVillagesRosterFromTheRosterPageAsAValidWorkbookAndCsv()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
        await server.CreateCadreAsync("cadre-export", Changchong, "长冲村 村干部");
        var persons = (await store.ListAsync(new EntityQuery(Changchong, "person") { Take = 1 })).Total;
        Assert.True(persons > 0);

        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(1280, "zh", "cadre-export", errors);
        await page.GotoAsync($"/#/roster/person?period={month.Key}");
        await page.WaitForSelectorAsync("[data-testid=roster-row]");
        var (name, xlsx) = await page.DownloadAsync("[data-testid=roster-export-xlsx]");

        Assert.EndsWith(".xlsx", name);
        Assert.Contains("长冲村委会", name);
        using (var stream = new MemoryStream(xlsx, writable: false))
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            var problems = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            var rows = document.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<Row>().Count();
            Assert.Equal(persons + 1, rows);
        }

        var (csvName, csv) = await page.DownloadAsync("[data-testid=roster-export-csv]");
        Assert.EndsWith(".csv", csvName);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Contains("公民身份号码", Encoding.UTF8.GetString(csv[3..]).Split("\r\n")[0]);

        // The cadre's scope is the village: another village's roster is refused, and the export is in the audit trail.
        var other = await page.Context.APIRequest.GetAsync($"/api/units/{Meilin}/roster/person?format=xlsx");
        Assert.Equal(403, other.Status);
        Assert.Contains(await store.ListAuditAsync(Changchong, month.Key), a => a.Action == "export-roster" && a.User == "cadre-export");
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Fact]
    public async Task OnAPhoneTheFiltersFoldBehindOneButtonAndAWideTableSaysItScrolls()
    {
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
        await server.CreateCadreAsync("cadre-phone-roster", Meilin, "梅林村 村干部");
        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(360, "zh", "cadre-phone-roster", errors);
        await page.GotoAsync($"/#/roster/person?period={month.Key}");
        await page.WaitForSelectorAsync("[data-testid=roster-row]");

        // Folded: the search box and the 筛选 button, not a screen of filters.
        Assert.False(await page.IsVisibleAsync("#roster-age"));
        var toggle = page.Locator("[data-testid=roster-filters-toggle]");
        Assert.Equal("筛选", (await toggle.InnerTextAsync()).Trim());
        var tableTop = await page.EvaluateAsync<double>("document.querySelector('#roster-table').getBoundingClientRect().top");
        Assert.True(tableTop < 900, $"the roster's table starts {tableTop} px down a 900 px screen");
        await toggle.ClickAsync();
        await page.SelectOptionAsync("#roster-age", "80-");
        await page.WaitForFunctionAsync("!document.querySelector('#roster-table tbody').hasAttribute('aria-busy')");
        Assert.Equal("筛选（1）", (await toggle.InnerTextAsync()).Trim());

        // The person table is wider than the phone: a line says so and the right edge is shaded until scrolled there.
        await page.SelectOptionAsync("#roster-age", "");
        await page.WaitForSelectorAsync("[data-testid=roster-row]");
        var hint = page.Locator("[data-testid=roster] [data-testid=scroll-hint]");
        await hint.WaitForAsync();
        Assert.Contains("左右滑动", await hint.InnerTextAsync());
        var edges = page.Locator("[data-testid=roster] [data-testid=table-edges]");
        Assert.Contains("more-right", await edges.GetAttributeAsync("class"));
        await page.EvaluateAsync("document.querySelector('[data-testid=roster] .table-wrap').scrollLeft = 10000");
        await page.WaitForFunctionAsync("!document.querySelector('[data-testid=roster] [data-testid=table-edges]').classList.contains('more-right')");
        Assert.Contains("more-left", await edges.GetAttributeAsync("class"));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));

        // On a PC the filters are open from the start and the same table needs no hint.
        var pc = await server.OpenSignedInAsync(1280, "zh", "cadre-phone-roster");
        await pc.GotoAsync($"/#/roster/household?period={month.Key}");
        await pc.WaitForSelectorAsync("[data-testid=roster-row]");
        Assert.True(await pc.IsVisibleAsync("#roster-status"));
        Assert.False(await pc.IsVisibleAsync("[data-testid=roster] [data-testid=scroll-hint]"));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [Fact]
    public async Task TheDemoReviewerFindsWhatChangedSinceTheLastApprovedMonth()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var demo = (await store.FindAccountAsync("reviewer"))!;
        await store.SaveAccountAsync(demo with { UserName = "reviewer-meilin", DisplayName = "龙田乡 审核员", CaptureScope = null, ViewScope = "360835201000" });
        var page = await server.OpenPageAsync(360, 800);
        await page.SignInAsync("reviewer-meilin");
        await page.GotoAsync($"/#/review/{Meilin}");
        await page.WaitForSelectorAsync("[data-testid=month-changes] [data-testid=changes-since]");
        // Seeded: no other test writes to 梅林, so these are the demo's own changes after the last approved month.
        Assert.Equal(0, await page.Locator("[data-testid=changes-none]").CountAsync());
        Assert.True(await page.Locator("[data-testid=month-changes] [data-testid=change]").CountAsync() > 0);
    }
}
