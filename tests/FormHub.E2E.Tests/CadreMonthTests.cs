using FormHub.Core.Periods;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14, the village cadre: the form shows what each report will say for the village (the reviewer's card), and a
/// submission can be withdrawn until the reviewer acts on it — on a PC in Chinese and on a 360 px phone in English.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class CadreMonthTests(LiveServer server)
{
    private const string Xiafang = "360835100203"; // 下坊村委会 (清溪镇)

    private static Period CurrentMonth => Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);

    [Theory]
    [InlineData(1280, "zh")]
    [InlineData(360, "en")]
    public async Task TheCadreSeesEachReportsRowForTheVillageAndWithdrawsASubmissionBeforeReview(int width, string lang)
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var user = $"cadre-e2e-{width}";
        var demo = (await store.FindAccountAsync("cadre"))!;
        await store.SaveAccountAsync(demo with { UserName = user, DisplayName = "下坊村 村干部", CaptureScope = Xiafang, ViewScope = Xiafang });
        var draft = await store.GetSubmissionAsync(Xiafang, CurrentMonth.Key);
        if (draft.Status != SubmissionStatus.Submitted)
        {
            var now = DateTimeOffset.UtcNow;
            await store.SaveSubmissionAsync(draft with { Status = SubmissionStatus.Submitted, UpdatedBy = user, UpdatedAt = now, SubmittedAt = now },
                draft.Version, new AuditEntry(0, now, user, "submit", Xiafang, CurrentMonth.Key, null));
        }

        var errors = new List<string>();
        var page = await server.OpenPageAsync(width, 900, consoleErrors: errors);
        if (lang == "en") await page.Context.AddInitScriptAsync("localStorage.setItem('formhub.lang', 'en')");
        await page.SignInAsync(user);
        await page.WaitForSelectorAsync("[data-testid=submission-status][data-status=submitted]");

        // The report list carries, for each report, the village's derived row: the card the reviewer reads.
        await page.ClickAsync("[data-testid=report-list] > summary");
        var card = page.Locator("[data-testid=village-reports] [data-testid=report-mz-dibao-monthly]");
        await card.WaitForAsync();
        Assert.True(await card.Locator("tr[data-column]").CountAsync() >= 1);
        Assert.Contains(lang == "en" ? "What each report says" : "各报表中本村的数据", await page.TextAsync("[data-testid=report-list]"));

        // Withdrawn before review: a draft again, editable.
        await page.ClickAsync("#withdraw");
        await page.WaitForSelectorAsync("[data-testid=submission-status][data-status=draft]");
        Assert.Equal(0, await page.Locator("[data-testid=not-editable]").CountAsync());
        Assert.Equal(SubmissionStatus.Draft, (await store.GetSubmissionAsync(Xiafang, CurrentMonth.Key)).Status);
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }
}
