using FormHub.Filing;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14: the village's own form (本村基本情况, one batch per save) keeps what was typed after a conflict, as the record
/// dialog does: the window that saves second is told plainly, 重新加载 shows the current values with what it typed kept
/// beside each field, and 用我填写的 puts it back — nothing typed is lost. On a PC in Chinese and a 360 px phone in English.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class VillageFormConflictTests(LiveServer server)
{
    private const string Daping = "360835200201"; // 大坪村委会 (杨柳乡): no other browser test writes to it

    [Theory]
    [InlineData(1280, "zh")]
    [InlineData(360, "en")]
    public async Task TheVillageFormKeepsWhatWasTypedBesideTheCurrentValuesAfterAConflict(int width, string lang)
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var month = server.Services.GetRequiredService<FilingCalendar>().CurrentMonth;
        var user = $"cadre-village-conflict-{width}";
        await server.CreateCadreAsync(user, Daping, "大坪村 村干部");
        var (mineGroups, theirsGroups, mineHazards) = width == 360 ? ("17", "18", "7") : ("27", "28", "9");

        var errors = new List<string>();
        var first = await server.OpenSignedInAsync(width, lang, user, errors);
        var second = await server.OpenSignedInAsync(width, lang, user);
        foreach (var page in new[] { first, second }) await page.WaitForSelectorAsync("#village-villager_groups");

        // The first window types an attribute and a monthly value; the second saves the attribute first.
        await first.FillAsync("#village-villager_groups", mineGroups);
        await first.FillAsync("#village-hazards_found", mineHazards);
        await second.FillAsync("#village-villager_groups", theirsGroups);
        await second.ClickAsync("#save-village");
        await second.WaitForSelectorAsync("[data-testid=village-save-status].status-ok");

        await first.ClickAsync("#save-village");
        var status = await first.WaitForSelectorAsync("[data-testid=village-save-status].status-error");
        Assert.Contains(lang == "en" ? "in another window or by someone else" : "已在其他窗口或由他人修改", await status!.InnerTextAsync());

        // 重新加载: the other window's value in the field, this window's beside it — both fields it typed.
        await first.ClickAsync("#reload");
        await first.WaitForSelectorAsync("[data-testid=kept-villager_groups]");
        Assert.Equal(theirsGroups, await first.InputValueAsync("#village-villager_groups"));
        Assert.Contains(mineGroups, await first.TextAsync("[data-testid=kept-villager_groups]"));
        Assert.Contains(mineHazards, await first.TextAsync("[data-testid=kept-hazards_found]"));
        Assert.NotNull(await first.QuerySelectorAsync("#village-form [data-testid=kept-note]"));

        await first.ClickAsync("[data-testid=kept-use-villager_groups]");
        await first.ClickAsync("[data-testid=kept-use-hazards_found]");
        Assert.Equal(mineGroups, await first.InputValueAsync("#village-villager_groups"));
        await first.ClickAsync("#save-village");
        await first.WaitForSelectorAsync("[data-testid=village-save-status].status-ok");

        var village = (await store.ListAsync(new EntityQuery(Daping, "village") { Take = 1 })).Items[0];
        Assert.Equal(long.Parse(mineGroups), Convert.ToInt64(village["villager_groups"]));
        var hazards = (await store.GetPeriodicValuesAsync(Daping, month.Key, "village")).Single(v => v.EntityId == village.Id && v.Field == "hazards_found");
        Assert.Equal(long.Parse(mineHazards), Convert.ToInt64(hazards.Value));
        Assert.False(await first.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        Assert.DoesNotContain(errors, e => !e.Contains("409") && !e.Contains("Failed to load resource"));
    }
}
