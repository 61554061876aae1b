using System.Net;
using System.Text.Json;
using FormHub.Core.Periods;
using FormHub.Filing;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// Issue 14, 启用月份 set by an admin: moving the county's first reporting month earlier opens the month before at once
/// (form, session's first period), going back to the configured start closes it again; a start that would hide a month a
/// village already filed, a month not begun, or a unit that is not a county is a Chinese 400 and changes nothing; only
/// admins may set it. Every setting is an audit line listed with who and when.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class ReportingStartApiTests(SqliteServer server)
{
    private const string Url = "/api/admin/reporting-start";
    private Period Current => Period.Parse(server.CurrentPeriod);
    private Period First => Current.Previous.Previous;   // the demo's first seeded month (the configured start in demo mode)
    private Period Before => First.Previous;

    [Fact]
    public async Task AnEarlierStartOpensTheMonthBeforeAtOnceAndGoingBackClosesIt()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(DemoCounty.Xiafang));
        Assert.Equal(First.Key, StartOf(await (await admin.GetAsync(Url)).OkJsonAsync()));
        using (var closed = await cadre.GetAsync($"/api/villages/{DemoCounty.Xiafang}/form?period={Before.Key}"))
            Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);

        try
        {
            var set = await (await admin.PutJsonAsync($"{Url}/{DemoCounty.County}", new { month = Before.Key })).OkJsonAsync();
            Assert.Equal(Before.Key, StartOf(set));
            var county = set.GetProperty("counties").EnumerateArray().Single();
            Assert.Equal(Accounts.Admin, county.GetProperty("setBy").GetString());
            Assert.Equal(First.Key, county.GetProperty("configured").GetProperty("key").GetString());
            Assert.Contains(set.GetProperty("history").EnumerateArray(), l => l.GetProperty("month").GetProperty("key").GetString() == Before.Key
                && l.GetProperty("user").GetString() == Accounts.Admin && l.GetProperty("detail").GetString()!.Contains(Before.DisplayZh));

            await (await cadre.GetAsync($"/api/villages/{DemoCounty.Xiafang}/form?period={Before.Key}")).OkJsonAsync();
            var me = await (await cadre.GetAsync("/api/session/me")).OkJsonAsync();
            Assert.Equal(Before.Key, me.GetProperty("firstPeriod").GetString());
        }
        finally
        {
            // Back to the configured start: the rest of the collection expects it.
            var back = await (await admin.PutJsonAsync($"{Url}/{DemoCounty.County}", new { month = (string?)null })).OkJsonAsync();
            Assert.Equal(First.Key, StartOf(back));
        }
        using var again = await cadre.GetAsync($"/api/villages/{DemoCounty.Xiafang}/form?period={Before.Key}");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task ASubmissionJudgedUnderAStartAnotherServerHasSinceMovedIsJudgedAgainUnderTheNewOne()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(DemoCounty.Xiafang));
        try
        {
            await (await admin.PutJsonAsync($"{Url}/{DemoCounty.County}", new { month = Before.Key })).OkJsonAsync();
            // Another server goes back to the configured start: this one still holds the earlier start it set.
            Assert.Empty(await server.Store.AppendAuditUnlessFiledAsync(new Storage.Model.AuditEntry(0, DateTimeOffset.UtcNow, "admin-elsewhere",
                ReportingStartSettings.Action, DemoCounty.County, "", "恢复为配置的启用月份"), [Before.Key]));

            using var submit = await cadre.PostJsonAsync($"/api/villages/{DemoCounty.Xiafang}/submission", new { period = Before.Key, action = "submit", version = 0 });
            var problem = await submit.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("不需要填报", problem.Detail());
            Assert.Contains(First.DisplayZh, problem.Detail());
            Assert.Equal(Storage.Model.SubmissionStatus.Draft, (await server.Store.GetSubmissionAsync(DemoCounty.Xiafang, Before.Key)).Status);
        }
        finally
        {
            await (await admin.PutJsonAsync($"{Url}/{DemoCounty.County}", new { month = (string?)null })).OkJsonAsync();
        }
    }

    [Fact]
    public async Task ACountyWhoseSettingIsNotAmongTheNewestThousandLinesIsGuardedByItsNewestLineStill()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var settings = (ReportingStartSettings)server.Factory.Services.GetService(typeof(ReportingStartSettings))!;
        try
        {
            await (await admin.PutJsonAsync($"{Url}/{DemoCounty.County}", new { month = Before.Key })).OkJsonAsync();
            var line = (await server.Store.ListAuditAsync(DemoCounty.County)).First(a => a.Action == ReportingStartSettings.Action);
            // 1,000 newer settings of other counties (elsewhere in the province, none overriding): the county's line falls
            // out of the capped list the settings read.
            for (var i = 0; i < 1000; i++)
                await server.Store.AppendAuditAsync(new Storage.Model.AuditEntry(0, DateTimeOffset.UtcNow, "admin-elsewhere", ReportingStartSettings.Action,
                    $"45{i / 99 + 1:00}{i % 99 + 1:00}000000", "", "恢复为配置的启用月份"));
            await settings.RefreshAsync();
            Assert.DoesNotContain(settings.History, l => l.UnitCode == DemoCounty.County);

            // The guard is the county's newest line, what the store compares against, so its submissions are not refused
            // forever; and the start in force is that line's.
            var guard = await settings.GuardForAsync(DemoCounty.County);
            Assert.Equal(line.Seq, guard.NewestSeq);
            Assert.Equal(Before.Key, settings.Current.For(DemoCounty.Xiafang)?.Key);
        }
        finally
        {
            await (await admin.PutJsonAsync($"{Url}/{DemoCounty.County}", new { month = (string?)null })).OkJsonAsync();
        }
    }

    [Fact]
    public async Task AStartThatWouldHideAFiledMonthIsRefusedAndChangesNothing()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        // The demo approved its past months, so starting with the current one would hide filed months.
        var refused = await (await admin.PutJsonAsync($"{Url}/{DemoCounty.County}", new { month = Current.Key })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("已有", refused.Detail());
        Assert.True(Http.IsChinese(refused.Detail()));
        Assert.Equal(First.Key, StartOf(await (await admin.GetAsync(Url)).OkJsonAsync()));
        Assert.Equal(First.Key, server.Factory.Services.GetService(typeof(FilingCalendar)) is FilingCalendar c ? c.FirstMonth(DemoCounty.Shimen)?.Key : null);
    }

    [Theory]
    [InlineData(DemoCounty.County, "2026-13", "不是月份")]
    [InlineData(DemoCounty.County, "2026Q4", "不是月份")]
    [InlineData(DemoCounty.County, "2999-01", "不能晚于本月")]
    [InlineData(DemoCounty.Qingxi, "2026-01", "县级")]
    public async Task AMonthOrUnitThatCannotBeAStartIsAChinese400(string unit, string month, string words)
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var refused = await (await admin.PutJsonAsync($"{Url}/{unit}", new { month })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(words, refused.Detail());
        Assert.Equal(First.Key, StartOf(await (await admin.GetAsync(Url)).OkJsonAsync()));
    }

    [Theory]
    [InlineData(Accounts.Cadre)]
    [InlineData(Accounts.Reviewer)]
    [InlineData(Accounts.Department)]
    public async Task OnlyAdminsReadOrSetTheStart(string user)
    {
        var client = await server.SignedInAsync(user);
        using (var read = await client.GetAsync(Url)) Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        using var write = await client.PutJsonAsync($"{Url}/{DemoCounty.County}", new { month = Before.Key });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(First.Key, server.Factory.Services.GetService(typeof(FilingCalendar)) is FilingCalendar c ? c.FirstMonth(DemoCounty.Shimen)?.Key : null);
    }

    private static string? StartOf(JsonElement page) =>
        page.GetProperty("counties").EnumerateArray().Single(c => c.GetProperty("code").GetString() == DemoCounty.County).GetProperty("start").GetProperty("key").GetString();
}
