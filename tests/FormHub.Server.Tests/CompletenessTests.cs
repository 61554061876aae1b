using System.Net;
using System.Text.Json;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// 报送情况: a village's submission shows in the county's reporting rate at once; an approved month reopened for
/// correction makes the report "revised" and tells its subscribers again.
/// </summary>
[Collection(DepartmentServerCollection.Name)]
public sealed class CompletenessTests(DepartmentServer server)
{
    private const string Dibao = "mz-dibao-monthly";

    private string LastMonth => Period.Parse(server.CurrentPeriod).Previous.Key;

    [Fact]
    public async Task AVillageSubmittingThisMonthRaisesTheCountysReportingRate()
    {
        var department = await server.SignedInAsync(Accounts.Department);
        var period = server.CurrentPeriod;
        var county = await DibaoAsync(department, DemoCounty.County, period);
        var township = await DibaoAsync(department, DemoCounty.LongtianTownship, period);
        Assert.Equal(22, county.GetProperty("villages").GetInt32());
        Assert.Equal(5, township.GetProperty("villages").GetInt32());
        int Filed(JsonElement c) => c.GetProperty("submitted").GetInt32() + c.GetProperty("approved").GetInt32();

        var submitted = await DepartmentCalls.SubmitAsync(server, DemoCounty.Longtian, period);
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());

        var after = await DibaoAsync(department, DemoCounty.County, period);
        Assert.Equal(county.GetProperty("submitted").GetInt32() + 1, after.GetProperty("submitted").GetInt32());
        Assert.Equal(county.GetProperty("approved").GetInt32(), after.GetProperty("approved").GetInt32());
        Assert.Equal(county.GetProperty("onTime").GetInt32() + 1, after.GetProperty("onTime").GetInt32()); // before the due date
        var filed = Filed(county) + 1;
        Assert.Equal(Math.Round(100m * filed / 22, 1, MidpointRounding.AwayFromZero), after.GetProperty("reportingRate").GetDecimal());
        // 及时率 counts a village late only once the due date has passed: of the villages filed or overdue.
        var decided = filed + after.GetProperty("late").GetArrayLength();
        Assert.Equal(Math.Round(100m * after.GetProperty("onTime").GetInt32() / decided, 1, MidpointRounding.AwayFromZero), after.GetProperty("onTimeRate").GetDecimal());
        Assert.Contains($"已报 {filed} 个", after.GetProperty("lineZh").GetString());
        Assert.Equal(period, after.GetProperty("filingMonth").GetString());
        Assert.Equal(period, after.GetProperty("reportPeriod").GetString());
        var townshipAfter = await DibaoAsync(department, DemoCounty.LongtianTownship, period);
        Assert.Equal(township.GetProperty("submitted").GetInt32() + 1, townshipAfter.GetProperty("submitted").GetInt32());
        // Before the due date nobody is late.
        var due = DateOnly.Parse(after.GetProperty("dueDate").GetString()!);
        if (DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) <= due) Assert.Equal(0, after.GetProperty("late").GetArrayLength());

        // The same figure on the report view and on the subscription.
        var view = await (await department.GetAsync($"/api/reports/{Dibao}/{DemoCounty.County}?period={period}")).OkJsonAsync();
        Assert.Equal(filed, Filed(view.GetProperty("completeness")));
        Assert.Equal(after.GetProperty("lineZh").GetString(), view.GetProperty("completenessLine").GetString());
    }

    [Fact]
    public Task LastMonthWasFiledByEveryVillageOnTime() => LastMonthAsync(server);

    internal static async Task LastMonthAsync(ServerFixture server)
    {
        var department = await server.SignedInAsync(Accounts.Department);
        var last = await DibaoAsync(department, DemoCounty.County, Period.Parse(server.CurrentPeriod).Previous.Key);
        Assert.Equal(22, last.GetProperty("villages").GetInt32());
        Assert.Equal(22, last.GetProperty("approved").GetInt32());
        Assert.Equal(0, last.GetProperty("submitted").GetInt32());
        Assert.Equal(100m, last.GetProperty("reportingRate").GetDecimal());
        Assert.Equal(100m, last.GetProperty("onTimeRate").GetDecimal());
        Assert.Equal(0, last.GetProperty("late").GetArrayLength());
    }

    [Fact]
    public async Task ADepartmentSeesTheCompletenessOfItsOwnReportsOnlyAndABadMonthIsRefused()
    {
        var library = server.Factory.Services.GetRequiredService<TemplateLibrary>();
        var department = await server.SignedInAsync(Accounts.Department);
        var admin = await server.SignedInAsync(Accounts.Admin);
        var mine = await (await department.GetAsync($"/api/completeness/{DemoCounty.County}?period={server.CurrentPeriod}")).OkJsonAsync();
        var all = await (await admin.GetAsync($"/api/completeness/{DemoCounty.County}?period={server.CurrentPeriod}")).OkJsonAsync();
        var mineIds = mine.EnumerateArray().Select(c => c.GetProperty("templateId").GetString()!).ToList();
        Assert.NotEmpty(mineIds);
        Assert.All(mineIds, id => Assert.Equal("民政", library.Versions(id)[^1].Template.Department));
        Assert.True(all.GetArrayLength() > mineIds.Count);
        AuthorizationMatrixTests.AssertNoSensitiveData(server, mine);

        var next = Period.Containing(Period.Parse(server.CurrentPeriod).End.AddDays(1), PeriodType.Monthly).Key;
        foreach (var bad in new[] { "2026Q4", "2026", next, "2026-13", "last-month" })
        {
            using var response = await department.GetAsync($"/api/completeness/{DemoCounty.County}?period={bad}");
            await response.ProblemAsync(HttpStatusCode.BadRequest);
        }
        using (var outside = await department.GetAsync("/api/completeness/360800000000")) await outside.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ARevisionAfterApprovalMakesTheReportRevisedAndTellsTheSubscriberAgain()
    {
        const string village = DemoCounty.Changchong;
        var period = server.CurrentPeriod;
        var department = await server.SignedInAsync(Accounts.Department);
        await using var receiver = WebhookReceiver.Start(_ => HttpStatusCode.NoContent);
        var subscribed = await department.SubscribeAsync(Dibao, village, receiver.Url);
        receiver.Secret = subscribed.GetProperty("webhookSecret").GetString();
        var id = subscribed.Id();
        Assert.Equal("village", subscribed.GetProperty("subscription").GetProperty("unit").GetProperty("level").GetString());
        try
        {
            List<JsonElement> Of(List<JsonElement> items, string p, string kind) =>
                items.Where(i => i.GetProperty("period").GetString() == p && i.GetProperty("kind").GetString() == kind).ToList();
            async Task<string?> StateAsync() => (await department.SubscriptionAsync(id)).GetProperty("current").GetProperty("state").GetString();

            // Last month (approved) is ready; this month is still being collected.
            await DepartmentCalls.EventuallyAsync(() => department.InboxItemsAsync(id), l => Of(l, LastMonth, "ready").Count == 1, "last month ready");
            Assert.Equal("collecting", await StateAsync());

            // Submitted, then approved: this month is ready too (its one village approved), and told.
            var submitted = await DepartmentCalls.SubmitAsync(server, village, period);
            Assert.Equal("collecting", await StateAsync());
            var approved = await DepartmentCalls.ApproveAsync(server, village, DemoCounty.LongtianTownship, period, submitted.GetProperty("version").GetInt64());
            Assert.Equal("approved", approved.GetProperty("status").GetString());
            Assert.Equal("ready", await StateAsync());
            await DepartmentCalls.EventuallyAsync(() => department.InboxItemsAsync(id), l => Of(l, period, "ready").Count == 1, "this month ready");
            Assert.Equal("ready", await server.Store.GetToldStateAsync(id, period));

            // Reopened for correction: revised, told again (inbox, webhook), once.
            var revised = await DepartmentCalls.ReviseAsync(server, village, period, approved.GetProperty("version").GetInt64(), "低保户数录入有误，申请更正");
            Assert.Equal(1, revised.GetProperty("revision").GetInt32());
            Assert.Equal("revised", await StateAsync());
            var items = await DepartmentCalls.EventuallyAsync(() => department.InboxItemsAsync(id), l => Of(l, period, "revised").Count == 1, "this month revised");
            Assert.Contains("更正", Of(items, period, "revised")[0].GetProperty("title").GetString());
            Assert.Equal("revised:1", await server.Store.GetToldStateAsync(id, period));
            var hooks = await receiver.WaitForAsync(r => r.Count >= 3, 10, "ready, ready, revised by webhook");
            Assert.All(hooks, h => Assert.True(h.Verified));
            var events = hooks.Select(h => JsonDocument.Parse(h.Body).RootElement)
                .Select(b => $"{b.GetProperty("event").GetString()} {b.GetProperty("period").GetString()}").Order().ToList();
            Assert.Equal(new[] { $"report.ready {LastMonth}", $"report.ready {period}", $"report.revised {period}" }.Order(), events);

            await Task.Delay(400);
            items = await department.InboxItemsAsync(id);
            Assert.Equal(3, items.Count);
            Assert.Single(Of(items, period, "revised"));
            Assert.Equal(3, receiver.Received.Count);

            // The county's completeness counts the revision.
            var county = await DibaoAsync(department, DemoCounty.County, period);
            Assert.True(county.GetProperty("revised").GetInt32() >= 1);
        }
        finally
        {
            await department.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task ASecondCorrectionOfTheSameVillageIsToldAgain()
    {
        const string village = DemoCounty.Meilin;
        var period = server.CurrentPeriod;
        var department = await server.SignedInAsync(Accounts.Department);
        var id = (await department.SubscribeAsync(Dibao, village)).Id();
        try
        {
            int Revised(List<JsonElement> items) => items.Count(i => i.GetProperty("period").GetString() == period && i.GetProperty("kind").GetString() == "revised");
            async Task<JsonElement> ApprovedAsync()
            {
                var submitted = await DepartmentCalls.SubmitAsync(server, village, period);
                return await DepartmentCalls.ApproveAsync(server, village, DemoCounty.LongtianTownship, period, submitted.GetProperty("version").GetInt64());
            }

            // First correction: told.
            var approved = await ApprovedAsync();
            await DepartmentCalls.ReviseAsync(server, village, period, approved.GetProperty("version").GetInt64(), "第一次更正：低保人数有误");
            await DepartmentCalls.EventuallyAsync(() => department.InboxItemsAsync(id), l => Revised(l) == 1, "the first correction is told");

            // Corrected, approved again, then reopened a second time (revision 2): a new change, told again.
            approved = await ApprovedAsync();
            var second = await DepartmentCalls.ReviseAsync(server, village, period, approved.GetProperty("version").GetInt64(), "第二次更正：低保金额有误");
            Assert.Equal(2, second.GetProperty("revision").GetInt32());
            await DepartmentCalls.EventuallyAsync(() => department.InboxItemsAsync(id), l => Revised(l) == 2,
                "the second correction of the same village (revision 2) is told", seconds: 3);
        }
        finally
        {
            await department.UnsubscribeAsync(id);
        }
    }

    private static async Task<JsonElement> DibaoAsync(HttpClient client, string unit, string period) =>
        (await (await client.GetAsync($"/api/completeness/{unit}?period={period}")).OkJsonAsync()).EnumerateArray()
        .Single(c => c.GetProperty("templateId").GetString() == Dibao);
}
