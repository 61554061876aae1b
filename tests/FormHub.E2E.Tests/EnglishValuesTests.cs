using System.Text.RegularExpressions;
using FormHub.Filing;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14: with English chosen, a failing check reads in English (the template's message_en), and option values and
/// units read in English in the record dialog and the roster — not only the page chrome. On a 360 px phone.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed partial class EnglishValuesTests(LiveServer server)
{
    private const string Gaoling = "360835200204"; // 高岭村委会 (杨柳乡): no other browser test writes to it

    [Fact]
    public async Task ChecksOptionValuesAndUnitsReadInEnglish()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
        await server.CreateCadreAsync("cadre-english", Gaoling, "高岭村 村干部");
        // 高龄津贴 paid to someone under 80: the allowance report's error-level check fails
        var young = (await store.ListAsync(new EntityQuery(Gaoling, "person") { Take = 200 })).Items
            .First(p => p["id_number"] is string id && int.Parse(id.Substring(6, 4)) > month.End.Year - 60);
        var session = store.OpenSession("cadre-english", ChangeSource.Form);
        session.SetPeriodic(young.Id, "elderly_allowance_amount", month.Key, 150m);
        await session.SaveChangesAsync();

        var errors = new List<string>();
        var page = await server.OpenSignedInAsync(360, "en", "cadre-english", errors);
        // the live reports pick the payment up within seconds; the form reads the stored rows
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await page.GotoAsync($"/#/form?period={month.Key}&t={DateTime.UtcNow.Ticks}");
            await page.WaitForSelectorAsync("[data-testid=checks], [data-testid=checks-ok]");
            if (await page.Locator("[data-testid=check]", new() { HasText = "Someone under 80 received the old-age allowance" }).CountAsync() > 0) break;
            Assert.True(DateTime.UtcNow < deadline, "the failing check never showed in English: " + await page.InnerTextAsync("main"));
            await Task.Delay(1000);
        }
        var check = page.Locator("[data-testid=check]", new() { HasText = "Someone under 80" }).First;
        // The check and its chrome read in English; the records it names (listed under it) carry residents' Chinese names,
        // and their messages are the rule's English ones.
        var checkText = await check.EvaluateAsync<string>("li => { const c = li.cloneNode(true); c.querySelector('[data-testid=check-records]')?.remove(); return c.innerText; }");
        Assert.DoesNotMatch(Cjk(), checkText);
        var named = check.Locator($"[data-testid=check-records] [data-testid=finding][data-entity='{young.Id}'] [data-testid=finding-message]");
        await named.WaitForAsync();
        Assert.Matches(@"aged \d+: not eligible but still paid the old-age allowance this month$", (await named.InnerTextAsync()).Trim());

        // The record dialog: option values and units in English; the stored value stays Chinese.
        await page.GotoAsync($"/#/roster/person?period={month.Key}&q={Uri.EscapeDataString((string)young["name"]!)}");
        await page.Locator("[data-testid=roster-row] [data-testid=roster-open]").First.ClickAsync();
        await page.WaitForSelectorAsync("#entity-dialog #field-relation_to_head");
        var options = await page.Locator("#field-relation_to_head option").AllInnerTextsAsync();
        Assert.Contains("head of household", options);
        Assert.Contains("spouse", options);
        Assert.Equal("户主", await page.Locator("#field-relation_to_head option", new() { HasText = "head of household" }).GetAttributeAsync("value"));
        Assert.Contains("yuan", await page.TextAsync("#entity-dialog [data-field=elderly_allowance_amount] .unit"));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    [GeneratedRegex("[\\u4e00-\\u9fff]")]
    private static partial Regex Cjk();
}
