using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>
/// 安全隐患排查整治月报 (yj-hazard-monthly), 2026-11, worked by hand. The year-to-date columns chain through prev(), so
/// every month from 2025-12 to 2026-11 is derived in order, as the live system would have; January starts from zero.
/// </summary>
public class YjHazardMonthlyGoldenTests
{
    private static readonly string[] Months =
        ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];

    [Fact]
    public async Task AccumulatesFoundAndFixedHazardsFromJanuaryAndRecomputesTheFixRateAtEveryLevel()
    {
        await using var f = await ReportFixture.CreateAsync();
        await EnterAsync(f);

        var r = await Golden.DeriveAsync(f, "yj-hazard-monthly", Months);

        // January resets the running totals: 2 found, 1 fixed (not 9 + 2, 9 + 1).
        var january = await r.Deriver.GetRowAsync("yj-hazard-monthly", r.Version, "2026-01", Golden.A);
        Assert.Equal((2m, 1m), ((decimal?)january!["ytd_found"], (decimal?)january["ytd_fixed"]));

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["found"] = 4m,
            ["major"] = 1m,
            ["fixed"] = 3m,
            ["ytd_found"] = 10m,         // Jan 2 + Sep 3 + Oct 1 + Nov 4
            ["ytd_fixed"] = 8m,          // Jan 1 + Sep 2 + Oct 2 + Nov 3
            ["pending"] = 2m,            // 10 − 8
            ["ytd_fix_pct"] = 80.0m,     // 8 / 10
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["found"] = 0m,
            ["major"] = 0m,
            ["fixed"] = 1m,
            ["ytd_found"] = 2m,          // Oct 2 + Nov 0
            ["ytd_fixed"] = 1m,          // Oct 0 + Nov 1
            ["pending"] = 1m,            // 2 − 1
            ["ytd_fix_pct"] = 50.0m,     // 1 / 2
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓", Golden.Checks(b));

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["found"] = 1m,
            ["major"] = 2m,
            ["fixed"] = 0m,
            ["ytd_found"] = 1m,          // Oct 0 + Nov 1
            ["ytd_fixed"] = 3m,          // Oct 3 + Nov 0
            ["pending"] = 0m,            // max(0, 1 − 3)
            ["ytd_fix_pct"] = 300.0m,    // 3 / 1
        });
        Assert.Equal("1✗ 2✓ 3✗ 4✗", Golden.Checks(c));

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["found"] = 4m,              // 4 + 0
            ["major"] = 1m,              // 1 + 0
            ["fixed"] = 4m,              // 3 + 1
            ["ytd_found"] = 12m,         // 10 + 2
            ["ytd_fixed"] = 9m,          // 8 + 1
            ["pending"] = 3m,            // 2 + 1
            ["ytd_fix_pct"] = 75.0m,     // 9 / 12
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓", Golden.Checks(township));

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["found"] = 5m,              // 4 + 1
            ["major"] = 3m,              // 1 + 2
            ["fixed"] = 4m,              // 4 + 0
            ["ytd_found"] = 13m,         // 12 + 1
            ["ytd_fixed"] = 12m,         // 9 + 3
            ["pending"] = 3m,            // 3 + 0: C's extra fixes do not cancel A's and B's open hazards
            ["ytd_fix_pct"] = 92.3m,     // 12 / 13 = 92.307…% → 92.3
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓", Golden.Checks(county));
        Assert.Equal("2026年11月，清溪县排查发现安全隐患5处（其中重大隐患3处），整改完成4处；本年累计发现13处、整改12处，整改率92.3%，尚有3处未整改。",
            county.Narrative);
    }
    /// <summary>The dataset shared by the tests below; returns 石门村's village entity (A).</summary>
    private static async Task<Guid> EnterAsync(ReportFixture f)
    {
        var d = new GoldenData(f);
        var since2025 = new DateOnly(2025, 1, 1);

        void Month(Guid village, string month, long found, long major, long fixedCount)
        {
            d.Periodic(village, month, "hazards_found", found);
            d.Periodic(village, month, "major_hazards", major);
            d.Periodic(village, month, "hazards_fixed", fixedCount);
        }

        // 石门村 (A): December 2025 must not carry into 2026; nothing reported February–August.
        var va = d.Village(Golden.A, new() { ["villager_groups"] = 6L }, since2025);
        Month(va, "2025-12", 9, 0, 9);
        Month(va, "2026-01", 2, 0, 1);
        Month(va, "2026-09", 3, 1, 2);
        Month(va, "2026-10", 1, 0, 2);
        Month(va, "2026-11", 4, 1, 3);

        // 上塘村 (B)
        var vb = d.Village(Golden.B, new() { ["villager_groups"] = 4L }, since2025);
        Month(vb, "2026-10", 2, 0, 0);
        Month(vb, "2026-11", 0, 0, 1);

        // 枫树村 (C): more major hazards than hazards found (error 1), none fixed (warning 4), and more fixed than found
        // this year (warning 3: last year's hazards fixed in October).
        var vc = d.Village(Golden.C, new() { ["villager_groups"] = 2L }, since2025);
        Month(vc, "2026-10", 0, 0, 3);
        Month(vc, "2026-11", 1, 2, 0);
        await d.SaveAsync();
        return va;
    }

    /// <summary>
    /// Regression: a cold rebuild of 2026-11 on a store where the earlier months were never derived once read
    /// prev('ytd_found') as null, and the template's `prev(…) || 0` made 本年累计 hold November alone (4 found, 3 fixed).
    /// RebuildAsync now derives the missing earlier periods first for templates that read prev().
    /// </summary>
    [Fact]
    public async Task AColdRebuildOfNovemberAloneStillCountsTheYearsEarlierMonths()
    {
        await using var f = await ReportFixture.CreateAsync();
        await EnterAsync(f);

        var r = await Golden.DeriveAsync(f, "yj-hazard-monthly", "2026-11");   // November only, nothing derived before

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["found"] = 4m,
            ["major"] = 1m,
            ["fixed"] = 3m,
            ["ytd_found"] = 10m,         // Jan 2 + Sep 3 + Oct 1 + Nov 4
            ["ytd_fixed"] = 8m,          // Jan 1 + Sep 2 + Oct 2 + Nov 3
            ["pending"] = 2m,            // 10 − 8
            ["ytd_fix_pct"] = 80.0m,     // 8 / 10
        });
        var county = await r.RowAsync(Golden.County);
        Assert.Equal((13m, 12m), ((decimal?)county["ytd_found"], (decimal?)county["ytd_fixed"])); // as in the full run above
    }

    /// <summary>
    /// Regression: the live materializer once re-derived only the period of a changed periodic value, so a correction to
    /// September left October's and November's prev()-chained year-to-date stale. Later reported periods of templates
    /// that read prev() are now re-derived too, oldest first.
    /// </summary>
    [Fact]
    public async Task ACorrectionToSeptemberReachesNovembersYearToDate()
    {
        await using var f = await ReportFixture.CreateAsync();
        var va = await EnterAsync(f);
        var r = await Golden.DeriveAsync(f, "yj-hazard-monthly", Months);
        var live = new LiveReportMaterializer(f.Store, r.Deriver);
        while (await live.ProcessPendingAsync() > 0) { }                     // catch up with the dataset itself

        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.SetPeriodic(va, "hazards_found", "2026-09", 5L);                     // 石门村 found 5 in September, not 3
        await s.SaveChangesAsync();
        while (await live.ProcessPendingAsync() > 0) { }

        // September itself is refreshed: found 5, year-to-date Jan 2 + Sep 5 = 7.
        var september = await r.Deriver.GetRowAsync("yj-hazard-monthly", r.Version, "2026-09", Golden.A);
        Assert.Equal((5m, 7m), ((decimal?)september!["found"], (decimal?)september["ytd_found"]));

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["found"] = 4m,
            ["major"] = 1m,
            ["fixed"] = 3m,
            ["ytd_found"] = 12m,         // Jan 2 + Sep 5 + Oct 1 + Nov 4
            ["ytd_fixed"] = 8m,          // unchanged: 1 + 2 + 2 + 3
            ["pending"] = 4m,            // 12 − 8
            ["ytd_fix_pct"] = 66.7m,     // 8 / 12 = 66.666…% → 66.7
        });

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["found"] = 5m,
            ["major"] = 3m,
            ["fixed"] = 4m,
            ["ytd_found"] = 15m,         // 12 + 2 + 1
            ["ytd_fixed"] = 12m,         // 8 + 1 + 3
            ["pending"] = 5m,            // 4 + 1 + 0
            ["ytd_fix_pct"] = 80.0m,     // 12 / 15
        });
    }
}
