using System.Net;
using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Scripting.Compilation;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// Issue 14, only months that apply: a month before the county's reporting start (here the demo's first seeded month,
/// the default in demo mode) or before any template's first period is not offered, cannot be filed or submitted (a
/// Chinese 400 naming the first month), and is never 逾期 nor counted in 报送情况.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class OnlyMonthsThatApplyTests(SqliteServer server)
{
    private Period Current => Period.Parse(server.CurrentPeriod);
    private Period First => Current.Previous.Previous;   // the demo's first seeded month
    private Period Before => First.Previous;

    [Fact]
    public async Task TheSessionNamesTheFirstMonthAndTheBoardShowsNoVillageLateBeforeIt()
    {
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);
        var me = await (await reviewer.GetAsync("/api/session/me")).OkJsonAsync();
        Assert.Equal(First.Key, me.GetProperty("firstPeriod").GetString());

        var board = await (await reviewer.GetAsync($"/api/review/{DemoCounty.Qingxi}/villages?period={Before.Key}")).OkJsonAsync();
        Assert.NotEmpty(board.GetProperty("villages").EnumerateArray());
        Assert.All(board.GetProperty("villages").EnumerateArray(), v => Assert.False(v.GetProperty("late").GetBoolean()));
        Assert.Equal(0, board.GetProperty("counts").GetProperty("late").GetInt32());
    }

    [Fact]
    public async Task AMonthBeforeTheStartCannotBeOpenedSavedOrSubmittedAndTheAnswerSaysWhy()
    {
        const string village = DemoCounty.Xiafang;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var before = await server.SnapshotAsync(village);

        using (var form = await cadre.GetAsync($"/api/villages/{village}/form?period={Before.Key}"))
            AssertNamesTheStart(await form.ProblemAsync(HttpStatusCode.BadRequest));
        var household = (await server.EntitiesAsync(village, "household", 1))[0];
        using (var save = await cadre.PostJsonAsync($"/api/villages/{village}/changes", new
        {
            period = Before.Key,
            operations = new[] { new { op = "change", id = household.Id, version = household.Version, fields = new Dictionary<string, object> { ["address"] = "不该保存" } } },
        }))
            AssertNamesTheStart(await save.ProblemAsync(HttpStatusCode.BadRequest));
        using (var submit = await cadre.PostJsonAsync($"/api/villages/{village}/submission", new { period = Before.Key, action = "submit", version = 0 }))
            AssertNamesTheStart(await submit.ProblemAsync(HttpStatusCode.BadRequest));
        using (var english = await server.SignInAsync(Accounts.CadreOf(village), "en"))
        using (var submit = await english.PostJsonAsync($"/api/villages/{village}/submission", new { period = Before.Key, action = "submit", version = 0 }))
            Assert.Contains($"from {First.Key}", (await submit.ProblemAsync(HttpStatusCode.BadRequest, english: true)).Detail());
        Assert.Equal(before, await server.SnapshotAsync(village));

        // The first month itself is open as before.
        using var first = await cadre.GetAsync($"/api/villages/{village}/form?period={First.Key}");
        await first.OkJsonAsync();
    }

    [Fact]
    public async Task CompletenessExpectsNoVillageBeforeTheStart()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var reports = await (await admin.GetAsync($"/api/completeness/{DemoCounty.County}?period={Before.Key}")).OkJsonAsync();
        Assert.NotEmpty(reports.EnumerateArray());
        Assert.All(reports.EnumerateArray(), r =>
        {
            Assert.Equal(0, r.GetProperty("villages").GetInt32());
            Assert.Equal(0, r.GetProperty("late").GetArrayLength());
        });
    }

    [Fact]
    public void ATemplatesEffectiveFromAndACountysStartBothLimitTheMonths()
    {
        var catalog = CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog"));
        var template = new TemplateCompiler(catalog).Compile(TemplateLoader.Load("late.yaml", """
            id: late-start
            version: 1
            title: 晚启用的月报
            department: 民政
            period: monthly
            due: P10D
            rows: village
            effective_from: 2026-09
            columns:
              - id: hh
                title: 户数
                value: count(households)
            """));
        var (starts, errors) = ReportingStarts.ParseList("360835000000=2026-10");
        Assert.Empty(errors);
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero));
        var calendar = new FilingCalendar(new TemplateLibrary([template]), clock, starts);

        Assert.Equal("2026-10", calendar.FirstMonth("360835100200")?.Key);               // the county's start is later
        Assert.Equal("2026-09", calendar.FirstMonth("360836100200")?.Key);               // another county: the template's
        Assert.False(calendar.Applies("360835100200", Period.Parse("2026-09")));
        Assert.True(calendar.Applies("360836100200", Period.Parse("2026-09")));
        Assert.Contains("2026年10月", calendar.NotApplicable("360835100200", Period.Parse("2026-09"))!.Zh);
        var draft = FormHub.Storage.Model.Submission.NewDraft("360835100200", "2026-09");
        Assert.False(calendar.IsLate(draft, Period.Parse("2026-09")));                  // due long past, but never asked for
        Assert.True(calendar.IsLate(draft with { Period = "2026-10" }, Period.Parse("2026-10")));
    }

    [Theory]
    [InlineData("360835100200=2026-10", "县级区划代码")]
    [InlineData("360835000000=2026Q4", "不是月份")]
    [InlineData("清溪县=2026-10", "县级区划代码")]
    public void AMalformedStartIsRefusedNamingIt(string text, string words)
    {
        var (starts, errors) = ReportingStarts.ParseList(text);
        Assert.Null(starts);
        Assert.Contains(words, Assert.Single(errors).Zh);
    }

    private void AssertNamesTheStart(System.Text.Json.JsonElement problem)
    {
        Assert.Contains("不需要填报", problem.Detail());
        Assert.Contains(First.DisplayZh, problem.Detail());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
