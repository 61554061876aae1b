using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>特困人员救助供养月报 (mz-tekun-monthly), 2026-11, worked by hand.</summary>
public class MzTekunMonthlyGoldenTests
{
    [Fact]
    public async Task SplitsSupportedPersonsIntoCentralAndDispersedAndRecomputesPerPersonAmountsAndTheCentralShare()
    {
        await using var f = await ReportFixture.CreateAsync();
        var d = new GoldenData(f);

        // 石门村 (A)
        var h1 = d.Household(Golden.A, "钱一", new() { ["tekun_status"] = "集中供养", ["tekun_persons"] = 1L });
        d.Periodic(h1, "2026-11", "tekun_amount", 1200m);
        var h2 = d.Household(Golden.A, "钱二", new() { ["tekun_status"] = "分散供养", ["tekun_persons"] = 2L });
        d.Periodic(h2, "2026-11", "tekun_amount", 1850.50m);
        var h3 = d.Household(Golden.A, "钱三", new() { ["tekun_status"] = "分散供养", ["tekun_persons"] = 1L });
        d.Periodic(h3, "2026-11", "tekun_amount", 925.25m);
        d.Household(Golden.A, "钱四", new() { ["tekun_status"] = "未纳入" });
        var h5 = d.Household(Golden.A, "钱五", new() { ["tekun_status"] = "分散供养", ["tekun_persons"] = 1L });
        d.Periodic(h5, "2026-11", "tekun_amount", 900m);                  // paid, then the one-person household ends on 11-10

        // 上塘村 (B)
        var h6 = d.Household(Golden.B, "孙一", new() { ["tekun_status"] = "集中供养", ["tekun_persons"] = 2L });
        d.Periodic(h6, "2026-11", "tekun_amount", 2400m);
        var h7 = d.Household(Golden.B, "孙二", new() { ["tekun_status"] = "分散供养", ["tekun_persons"] = 1L });
        d.Periodic(h7, "2026-11", "tekun_amount", 980m);
        var h8 = d.Household(Golden.B, "孙三", new() { ["tekun_status"] = "未纳入" });
        d.Periodic(h8, "2026-11", "tekun_amount", 300m);                  // paid while 未纳入 → warning 4

        // 枫树村 (C): supported, persons not entered (error 3, and persons 0 < hh 1: error 1), and also 在保 dibao (warning 5).
        var h9 = d.Household(Golden.C, "李一", new() { ["tekun_status"] = "分散供养", ["dibao_status"] = "在保", ["dibao_persons"] = 1L });
        d.Periodic(h9, "2026-11", "tekun_amount", 800m);
        await d.SaveAsync();

        d.Retire(h5, new DateOnly(2026, 11, 10), RetirementReason.Dissolved);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "mz-tekun-monthly", "2026-11");

        // A on 11-30: 钱一 (集中 1), 钱二 (分散 2), 钱三 (分散 1); 钱四 未纳入; 钱五 dissolved on 11-10 (its 900 drops out with it).
        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["hh"] = 3m,                 // 钱一, 钱二, 钱三
            ["persons"] = 4m,            // 1 + 2 + 1
            ["central"] = 1m,            // 钱一
            ["dispersed"] = 3m,          // 2 + 1
            ["funds"] = 3975.75m,        // 1200 + 1850.50 + 925.25
            ["avg"] = 993.94m,           // 3975.75 / 4 = 993.9375 → 993.94
            ["central_pct"] = 25.0m,     // 1 / 4
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓ 6✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["hh"] = 2m,                 // 孙一, 孙二
            ["persons"] = 3m,            // 2 + 1
            ["central"] = 2m,
            ["dispersed"] = 1m,
            ["funds"] = 3680m,           // 2400 + 980 + 300 (孙三's payment is counted, and flagged)
            ["avg"] = 1226.67m,          // 3680 / 3 = 1226.666… → 1226.67
            ["central_pct"] = 66.7m,     // 2 / 3 = 66.666…% → 66.7
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗ 5✓ 6✓", Golden.Checks(b)); // 4: 未纳入 household paid

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["hh"] = 1m,
            ["persons"] = 0m,            // tekun_persons empty: nothing to add
            ["central"] = 0m,
            ["dispersed"] = 0m,
            ["funds"] = 800m,
            ["avg"] = null,              // 800 / 0: empty cell
            ["central_pct"] = null,      // 0 / 0: empty cell
        });
        // 1: 0 persons < 1 household; 3: supported household without persons; 5: also 在保 dibao.
        Assert.Equal("1✗ 2✓ 3✗ 4✓ 5✗ 6✓", Golden.Checks(c));

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["hh"] = 5m,                 // 3 + 2
            ["persons"] = 7m,            // 4 + 3
            ["central"] = 3m,            // 1 + 2
            ["dispersed"] = 4m,          // 3 + 1
            ["funds"] = 7655.75m,        // 3975.75 + 3680
            ["avg"] = 1093.68m,          // 7655.75 / 7 = 1093.678… → 1093.68
            ["central_pct"] = 42.9m,     // 3 / 7 = 42.857…% → 42.9
        });
        Assert.Equal("1✓ 2✓ 6✓", Golden.Checks(township)); // 3, 4, 5 read households: village rows only

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["hh"] = 6m,                 // 5 + 1
            ["persons"] = 7m,            // 7 + 0
            ["central"] = 3m,
            ["dispersed"] = 4m,
            ["funds"] = 8455.75m,        // 7655.75 + 800
            ["avg"] = 1207.96m,          // 8455.75 / 7 = 1207.964… → 1207.96
            ["central_pct"] = 42.9m,     // 3 / 7
        });
        Assert.Equal("1✓ 2✓ 6✓", Golden.Checks(county));
        Assert.Equal("截至2026年11月30日，清溪县共有特困供养户6户7人，其中集中供养3人、分散供养4人，集中供养率42.9%；2026年11月发放供养金8455.75元，人均1207.96元。",
            county.Narrative);
    }
}
