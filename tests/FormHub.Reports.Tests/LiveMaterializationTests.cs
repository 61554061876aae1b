using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

public class LiveMaterializationTests
{
    private const string Template = """
        id: dibao
        version: 1
        title: 低保月报
        department: 民政
        period: monthly
        columns:
          - id: hh
            title: 低保户数
            value: "count(households, {dibao_status: '在保'})"
          - id: persons
            title: 低保人数
            value: "sum(households, 'dibao_persons', {dibao_status: '在保'})"
        """;

    private static async Task<ReportRow> WaitForAsync(ReportDeriver deriver, string unit, Func<ReportRow, bool> done)
    {
        var period = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly).Key;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var row = await deriver.GetRowAsync("dibao", 1, period, unit);
            if (row is not null && done(row)) return row;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"row {unit} not fresh: {row?.Values.Count}");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Runs materializer passes until the county's row shows <paramref name="persons"/> (at most 10 s): on PostgreSQL other
    /// tests' transactions can hold the feed back for a moment.
    /// </summary>
    private static async Task ProcessUntilCountyPersonsAsync(LiveReportMaterializer materializer, ReportDeriver deriver, Period month, decimal persons)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(20))
        {
            await materializer.ProcessPendingAsync();
            if (Equals((await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))?["persons"], persons)) return;
        }
    }

    /// <summary>A month's payment saved after the quarter was derived reaches the 季报's sum of the months (issue 13 item 1).</summary>
    [Fact]
    public async Task AMonthlyPaymentSavedLaterReachesTheQuarterlySumOfTheMonths()
    {
        await using var f = await ReportFixture.CreateAsync();
        var hh = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.SetPeriodic(hh, "dibao_amount", "2026-07", 100m);
        s.SetPeriodic(hh, "dibao_amount", "2026-08", 100m);
        await s.SaveChangesAsync();
        var deriver = f.Deriver(f.Compile("""
            id: dibao-q
            version: 1
            title: 低保季报
            department: 民政
            period: quarterly
            columns:
              - id: funds
                title: 本季发放金额
                value: sum(households, h => sumOfMonths(h, 'dibao_amount'))
            """));
        var quarter = Period.Parse("2026Q3");
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), quarter);
        Assert.Equal(200m, (await deriver.GetRowAsync("dibao-q", 1, quarter.Key, ReportFixture.VillageA))!["funds"]);
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ProcessPendingAsync();

        var september = f.Store.OpenSession("cadre", ChangeSource.Form);
        september.SetPeriodic(hh, "dibao_amount", "2026-09", 150m);
        await september.SaveChangesAsync();
        await materializer.ProcessPendingAsync();

        Assert.Equal(350m, (await deriver.GetRowAsync("dibao-q", 1, quarter.Key, ReportFixture.VillageA))!["funds"]);
        Assert.Equal(350m, (await deriver.GetRowAsync("dibao-q", 1, quarter.Key, ReportFixture.County))!["funds"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASavedChangeReachesTheVillageRowAndTheCountyTotal(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        var hh = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var deriver = f.Deriver(f.Compile(Template));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), Period.Containing(today, PeriodType.Monthly));
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ProcessPendingAsync(); // catch up with the seeding
        using var stop = new CancellationTokenSource();
        var running = materializer.RunAsync(TimeSpan.FromMilliseconds(100), ct: stop.Token);

        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 4 }, today);
        await s.SaveChangesAsync();

        Assert.Equal(4m, (await WaitForAsync(deriver, ReportFixture.VillageA, r => Equals(r["persons"], 4m)))["persons"]);
        Assert.Equal(7m, (await WaitForAsync(deriver, ReportFixture.County, r => Equals(r["persons"], 7m)))["persons"]);

        var stopped = f.Store.OpenSession("cadre", ChangeSource.Form);
        stopped.Change(hh, 2, new Dictionary<string, object?> { ["dibao_status"] = "停保" }, today);
        await stopped.SaveChangesAsync();
        Assert.Equal(1m, (await WaitForAsync(deriver, ReportFixture.County, r => Equals(r["hh"], 1m)))["hh"]);

        stop.Cancel();
        await running;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ALivePassCombinesTheStoredRowsOfUntouchedVillagesAndTownshipsWithTheFreshOnes(bool postgres)
    {
        // A save in 石门 (清溪镇): the township combines 石门's fresh row with 上塘's stored one, and the county combines
        // 清溪镇 rolled in the pass with 石桥镇 (枫树村) as stored: every scope of a level read in one batch.
        const string OtherTownship = "360835101000", OtherVillage = "360835101200";
        await using var f = await ReportFixture.CreateAsync(postgres);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        await f.AddHouseholdAsync(OtherVillage, "丙", "在保", 10);
        var deriver = f.Deriver(f.Compile(Template));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ProcessPendingAsync();
        Assert.Equal(15m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);

        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(a, 1, new Dictionary<string, object?> { ["dibao_persons"] = 6 }, today);
        await s.SaveChangesAsync();
        await ProcessUntilCountyPersonsAsync(materializer, deriver, month, 19m);

        Assert.Equal(9m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.Township))!["persons"]);
        Assert.Equal(10m, (await deriver.GetRowAsync("dibao", 1, month.Key, OtherTownship))!["persons"]);
        Assert.Equal(19m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);
        Assert.Equal(3m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["hh"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ChangesInSeveralVillagesHandledInOnePassReachEachVillageTheTownshipAndTheCounty(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var b = await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var deriver = f.Deriver(f.Compile(Template));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ProcessPendingAsync();

        foreach (var (id, persons) in new[] { (a, 5), (b, 7) })
        {
            var s = f.Store.OpenSession("cadre", ChangeSource.Form);
            s.Change(id, 1, new Dictionary<string, object?> { ["dibao_persons"] = persons }, today);
            await s.SaveChangesAsync();
        }
        await ProcessUntilCountyPersonsAsync(materializer, deriver, month, 12m); // one pass takes both changes

        Assert.Equal(5m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["persons"]);
        Assert.Equal(7m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageB))!["persons"]);
        Assert.Equal(12m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.Township))!["persons"]);
        Assert.Equal(12m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);
        Assert.Equal(0, await materializer.ProcessPendingAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFirstPassOverAMonthWithoutRowsCreatesTheVillageTownshipAndCountyRows(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var deriver = f.Deriver(f.Compile(Template));
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        var materializer = new LiveReportMaterializer(f.Store, deriver);

        // No rebuild: the township's row does not exist yet when the county is rolled up in the same pass.
        await ProcessUntilCountyPersonsAsync(materializer, deriver, month, 5m);

        Assert.Equal(5m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.Township))!["persons"]);
        Assert.Equal(5m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);
        Assert.Equal(2m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["hh"]);
    }

    /// <summary>Both villages in one pass: the pass reads every village's submissions at once (issue 12), on each engine.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnApprovedMonthIsFrozenWhileOtherVillagesStayLive(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        var frozen = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var live = await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var deriver = f.Deriver(f.Compile(Template));
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly).Key;
        // Passes until village B's row shows the persons expected (at most 10 s): on PostgreSQL the feed can lag a moment.
        async Task ProcessUntilAsync(decimal persons)
        {
            for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(20))
            {
                await materializer.ProcessPendingAsync();
                if (Equals((await deriver.GetRowAsync("dibao", 1, month, ReportFixture.VillageB))?["persons"], persons)
                    && await deriver.GetRowAsync("dibao", 1, month, ReportFixture.VillageA) is not null) return;
            }
        }
        await ProcessUntilAsync(3m);
        await f.Store.SaveSubmissionAsync(Submission.NewDraft(ReportFixture.VillageA, month) with { Status = SubmissionStatus.Approved }, 0,
            new AuditEntry(0, DateTimeOffset.UtcNow, "reviewer", "approve", ReportFixture.VillageA, month, null));

        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(frozen, 1, new Dictionary<string, object?> { ["dibao_persons"] = 9 }, today);
        s.Change(live, 1, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, today);
        await s.SaveChangesAsync();
        await ProcessUntilAsync(5m);

        // Approved: the row is what was approved; the change waits for a revision (SubmissionWorkflow re-derives then).
        Assert.Equal(2m, (await deriver.GetRowAsync("dibao", 1, month, ReportFixture.VillageA))!["persons"]);
        Assert.Equal(5m, (await deriver.GetRowAsync("dibao", 1, month, ReportFixture.VillageB))!["persons"]);
    }

    [Fact]
    public async Task AChangeThatLeavesTheVillageRowAsItWasWritesNoRowAndRollsNothingUp()
    {
        await using var f = await ReportFixture.CreateAsync();
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var b = await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 4);
        var deriver = f.Deriver(f.Compile(Template));
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ProcessPendingAsync();
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        async Task<(object? Persons, DateTimeOffset At)[]> RowsAsync() =>
            await Task.WhenAll(new[] { ReportFixture.VillageA, ReportFixture.Township, ReportFixture.County }.Select(async unit =>
                (await deriver.GetRowAsync("dibao", 1, month.Key, unit)) is { } row ? (row["persons"], row.ComputedAt) : (null, default)));
        var before = await RowsAsync();
        Assert.All(before, r => Assert.Equal(6m, r.Persons));

        // Both households change the field the template sums, the village's total stays 6: its row, the township's and the county's stand as written.
        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(a, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, month.Start);
        s.Change(b, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, month.Start);
        await s.SaveChangesAsync();
        Assert.True(await materializer.ProcessPendingAsync() > 0);
        Assert.Equal(before, await RowsAsync());

        // A change that moves the total is written and rolled up.
        s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(a, 2, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, month.Start);
        await s.SaveChangesAsync();
        await materializer.ProcessPendingAsync();
        var after = await RowsAsync();
        Assert.All(after, r => Assert.Equal(8m, r.Persons));
        Assert.All(after.Zip(before), p => Assert.True(p.First.At > p.Second.At, $"{p.First.At} after {p.Second.At}"));
    }

    [Fact]
    public async Task ChangesToFieldsNoTemplateReadsDoNotRederive()
    {
        await using var f = await ReportFixture.CreateAsync();
        var hh = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var deriver = f.Deriver(f.Compile(Template));
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ProcessPendingAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var key = Period.Containing(today, PeriodType.Monthly).Key;
        var before = (await deriver.GetRowAsync("dibao", 1, key, ReportFixture.VillageA))!.ComputedAt;

        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(hh, 1, new Dictionary<string, object?> { ["address"] = "上塘组12号" }, today);
        await s.SaveChangesAsync();
        Assert.True(await materializer.ProcessPendingAsync() > 0);

        Assert.Equal(before, (await deriver.GetRowAsync("dibao", 1, key, ReportFixture.VillageA))!.ComputedAt);
    }
}
