using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>农村最低生活保障情况月报 (mz-dibao-monthly), 2026-11, worked by hand.</summary>
public class MzDibaoMonthlyGoldenTests
{
    [Fact]
    public async Task CountsHouseholdsInPaymentAsOfNovember30AndRecomputesTheAverageAtEveryLevel()
    {
        await using var f = await ReportFixture.CreateAsync();
        var d = new GoldenData(f);

        // 石门村 (A)
        var jia = d.Household(Golden.A, "甲", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 3L });
        d.Periodic(jia, "2026-11", "dibao_amount", 900m);
        var yi = d.Household(Golden.A, "乙", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 2L });
        d.Periodic(yi, "2026-11", "dibao_amount", 650.50m);
        var bing = d.Household(Golden.A, "丙", new() { ["dibao_status"] = "停保", ["dibao_persons"] = 4L });
        d.Periodic(bing, "2026-10", "dibao_amount", 800m);                  // October's money: not this month's
        var ding = d.Household(Golden.A, "丁", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 2L }, new DateOnly(2026, 12, 3));
        d.Periodic(ding, "2026-12", "dibao_amount", 500m);                  // registered after the period ends
        var wu = d.Household(Golden.A, "戊", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 2L });
        d.Periodic(wu, "2026-11", "dibao_amount", 400m);
        var ji = d.Household(Golden.A, "己", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 1L });
        d.Periodic(ji, "2026-11", "dibao_amount", 300m);

        // 上塘村 (B)
        var geng = d.Household(Golden.B, "庚", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 1L });
        d.Periodic(geng, "2026-11", "dibao_amount", 330m);
        d.Household(Golden.B, "辛", new() { ["dibao_status"] = "未纳入", ["dibao_persons"] = 5L });

        // 枫树村 (C): a household in payment whose covered persons were entered as 0 → persons < hh.
        var ren = d.Household(Golden.C, "壬", new() { ["dibao_status"] = "在保", ["dibao_persons"] = 0L });
        d.Periodic(ren, "2026-11", "dibao_amount", 250m);
        await d.SaveAsync();

        d.Change(wu, new() { ["dibao_status"] = "停保" }, new DateOnly(2026, 12, 1)); // stops after November: still 在保 on 11-30
        d.Retire(ji, new DateOnly(2026, 11, 15), RetirementReason.MovedOut);          // off the rolls before 11-30
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "mz-dibao-monthly", "2026-11");

        // A: 甲, 乙, 戊 are 在保 on 11-30 (丙 停保, 丁 not yet registered, 己 moved out on 11-15).
        // Design note: 己's November payment (300) is not counted because 己 is off the rolls on 11-30 (docs/templates.md §6).
        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["hh"] = 3m,              // 甲 + 乙 + 戊
            ["persons"] = 7m,         // 3 + 2 + 2
            ["funds"] = 1950.50m,     // 900 + 650.50 + 400
            ["avg"] = 650.17m,        // 1950.50 / 3 = 650.1666… → 650.17
        });
        Assert.Equal("1✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["hh"] = 1m,              // 庚 (辛 未纳入)
            ["persons"] = 1m,
            ["funds"] = 330m,
            ["avg"] = 330m,           // 330 / 1
        });
        Assert.Equal("1✓", Golden.Checks(b));

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["hh"] = 1m,
            ["persons"] = 0m,         // 壬 covers 0 persons
            ["funds"] = 250m,
            ["avg"] = 250m,           // 250 / 1
        });
        Assert.Equal("1✗", Golden.Checks(c)); // 低保人数不能少于低保户数: 0 < 1

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["hh"] = 4m,              // 3 in A + 1 in B
            ["persons"] = 8m,         // 7 + 1
            ["funds"] = 2280.50m,     // 1950.50 + 330
            ["avg"] = 570.13m,        // 2280.50 / 4 = 570.125 → 570.13 (half away from zero; not the mean of 650.17 and 330)
        });
        Assert.Equal("1✓", Golden.Checks(township));

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["hh"] = 5m,              // 4 in 清溪镇 + 1 in C
            ["persons"] = 8m,         // 8 + 0
            ["funds"] = 2530.50m,     // 2280.50 + 250
            ["avg"] = 506.10m,        // 2530.50 / 5
        });
        Assert.Equal("1✓", Golden.Checks(county)); // 8 ≥ 5
        Assert.Equal("截至2026年11月30日，清溪县共有农村低保户5户8人，本月发放低保金2,530.50元，户均506.10元。", county.Narrative);
    }
}
