using FormHub.Core.Periods;
using FormHub.Filing;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 14, the township reviewer: what changed in a submitted village this month (old → new, by whom, filterable),
/// 通过 confirmed before it freezes the month and the page reading 已审核通过 afterwards, and a cadre's correction request
/// granted or refused with a reason — on a PC and on a 360 px phone, in Chinese and in English.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class ReviewerMonthTests(LiveServer server)
{
    private const string Guihua = "360835100202";    // 桂花村委会 (清溪镇)
    private const string Chengguan = "360835100001"; // 城关社区 (清溪镇)
    private const string Xiafang = "360835100203";   // 下坊村委会 (清溪镇)
    private const string Hetang = "360835100204";    // 荷塘村委会 (清溪镇)

    private static Period CurrentMonth => Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);

    public static TheoryData<string, int, string> ChangedVillages() => new()
    {
        { Guihua, 1280, "zh" },
        { Chengguan, 360, "en" },
    };

    [Theory, MemberData(nameof(ChangedVillages))]
    public async Task TheReviewerSeesWhatChangedThisMonthConfirmsApprovalAndThePageThenReadsApproved(string village, int width, string lang)
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var household = (await store.ListAsync(new EntityQuery(village, "household") { Take = 1 })).Items[0];
        var oldAddress = household.Fields.GetValueOrDefault("address") as string;
        var newAddress = $"变动测试{width}号";
        var session = store.OpenSession("cadre-" + village, ChangeSource.Form);
        session.Change(household.Id, household.Version, new Dictionary<string, object?> { ["address"] = newAddress }, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        await session.SaveChangesAsync();
        await SubmitAsync(store, village, CurrentMonth.Key);

        var errors = new List<string>();
        var page = await OpenAsync(width, lang, errors);
        await page.SignInAsync("reviewer");
        await page.GotoAsync($"/#/review/{village}?period={CurrentMonth.Key}");
        var change = page.Locator("[data-testid=change]", new() { HasText = newAddress }).First;
        await change.WaitForAsync();
        var text = await change.InnerTextAsync();
        Assert.Contains((string)household.Fields["name"]!, text);
        Assert.Contains("cadre-" + village, text);
        Assert.Contains(lang == "en" ? "Changed" : "变更", text);
        Assert.Contains(oldAddress ?? "—", text);
        Assert.Contains(lang == "en" ? "What changed this month" : "本月变动", await page.TextAsync("#changes-title"));

        // Filtered to persons, the household's change is gone; back to all, it is there again.
        await page.SelectOptionAsync("#changes-filter", "person");
        await page.WaitForFunctionAsync($"![...document.querySelectorAll('[data-testid=change]')].some(c => c.textContent.includes('{newAddress}'))");
        await page.SelectOptionAsync("#changes-filter", "");
        await change.WaitForAsync();

        // 通过 asks first; cancelling leaves the month submitted.
        await page.ClickAsync("#approve");
        Assert.Contains(lang == "en" ? "freezes" : "冻结", await page.TextAsync("[data-testid=approve-confirm]"));
        await page.ClickAsync("#approve-no");
        Assert.True(await page.Locator("[data-testid=approve-confirm]").IsHiddenAsync());
        Assert.Equal(SubmissionStatus.Submitted, (await store.GetSubmissionAsync(village, CurrentMonth.Key)).Status);
        await page.ClickAsync("#approve");
        await page.ClickAsync("#approve-yes");
        await page.WaitForSelectorAsync("[data-testid=review-actions].status-approved");
        var approved = await page.TextAsync("[data-testid=review-approved]");
        Assert.Contains(lang == "en" ? "Approved" : "已审核通过", approved);
        Assert.Equal(0, await page.Locator("[data-testid=review-not-submitted]").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        await page.ScreenshotToResultsAsync($"review-approved-{width}-{lang}");
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    public static TheoryData<string, int, string, bool> CorrectionRequests() => new()
    {
        { Xiafang, 1280, "en", true },
        { Hetang, 360, "zh", false },
    };

    [Theory, MemberData(nameof(CorrectionRequests))]
    public async Task ACorrectionRequestIsGrantedOrRefusedWithAReasonByTheReviewer(string village, int width, string lang, bool grant)
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var workflow = server.Services.GetRequiredService<SubmissionWorkflow>();
        var regions = await server.Services.GetRequiredService<RegionDirectory>().GetAsync(default);
        // Approved by the demo seed. A granted correction reopens the month, so it is taken two months back: last
        // month stays fully approved for the department's tests (ready, no draft note).
        var lastMonth = grant ? CurrentMonth.Previous.Previous : CurrentMonth.Previous;
        var current = await store.GetSubmissionAsync(village, lastMonth.Key);
        await workflow.RequestRevisionAsync(new Actor("cadre-" + village), regions.Find(village)!, lastMonth, current.Version, "低保人数录错", default);

        var errors = new List<string>();
        var page = await OpenAsync(width, lang, errors);
        await page.SignInAsync("reviewer");
        await page.GotoAsync($"/#/review/{village}?period={lastMonth.Key}");
        Assert.Contains("低保人数录错", await (await page.WaitForSelectorAsync("[data-testid=revision-request]"))!.InnerTextAsync());
        if (grant)
        {
            await page.ClickAsync("#grant-revision");
            await page.WaitForSelectorAsync("[data-testid=review-actions].status-draft");
            var granted = await store.GetSubmissionAsync(village, lastMonth.Key);
            Assert.Equal((SubmissionStatus.Draft, 1), (granted.Status, granted.Revision));
        }
        else
        {
            await page.ClickAsync("#refuse-revision");
            Assert.False(string.IsNullOrWhiteSpace(await (await page.WaitForSelectorAsync("#review-comment-error:visible"))!.InnerTextAsync()));
            await page.FillAsync("#review-comment", "人数与台账一致");
            await page.ClickAsync("#refuse-revision");
            await page.WaitForSelectorAsync("[data-testid=review-actions].status-approved");
            Assert.Contains("人数与台账一致", await page.TextAsync("[data-testid=current-comment]"));
            var refused = await store.GetSubmissionAsync(village, lastMonth.Key);
            Assert.Equal((SubmissionStatus.Approved, 0), (refused.Status, refused.Revision));
        }
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
        Assert.Empty(errors.Where(e => !e.Contains("Failed to load resource")));
    }

    private async Task<IPage> OpenAsync(int width, string lang, List<string> errors)
    {
        var page = await server.OpenPageAsync(width, 900, consoleErrors: errors);
        if (lang == "en") await page.Context.AddInitScriptAsync("localStorage.setItem('formhub.lang', 'en')");
        return page;
    }

    /// <summary>Puts the village's month with the reviewer as submitted, as the cadre's 提交 would (its checks are not this test's concern).</summary>
    private static async Task SubmitAsync(IFormHubStore store, string village, string period)
    {
        var draft = await store.GetSubmissionAsync(village, period);
        var now = DateTimeOffset.UtcNow;
        await store.SaveSubmissionAsync(draft with { Status = SubmissionStatus.Submitted, UpdatedBy = "cadre-" + village, UpdatedAt = now, SubmittedAt = now },
            draft.Version, new AuditEntry(0, now, "cadre-" + village, "submit", village, period, null));
    }
}
