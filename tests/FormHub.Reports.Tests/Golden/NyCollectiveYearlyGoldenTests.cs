using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>村集体经济组织收益分配年报 (ny-collective-yearly), 2026, worked by hand. Money in 万元 except per-capita (元).</summary>
public class NyCollectiveYearlyGoldenTests
{
    [Fact]
    public async Task DerivesNetIncomeAndDistributionSharesFromTheYearsFiguresAndCountsWeakVillages()
    {
        await using var f = await ReportFixture.CreateAsync(clock: LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);

        // 石门村 (A)
        var va = d.Village(Golden.A, new() { ["party_branch_type"] = "党支部" });
        d.Periodic(va, "2026", "collective_income", 35.6m);
        d.Periodic(va, "2026", "operating_income", 20m);
        d.Periodic(va, "2026", "collective_expenses", 15.6m);
        d.Periodic(va, "2026", "distributed_amount", 8m);
        d.Periodic(va, "2025", "collective_income", 30m);                  // last year's: not read for 2026
        d.Periodic(va, "2025", "distributed_amount", 12m);
        var ha = d.Household(Golden.A, "袁家");
        d.Person(Golden.A, ha, "袁一", d.Man(1960, 1, 1));
        d.Person(Golden.A, ha, "袁二", d.Woman(1962, 2, 2));
        d.Person(Golden.A, ha, "袁三", d.Man(1990, 3, 3));
        var died = d.Person(Golden.A, ha, "袁四", d.Woman(1935, 4, 4));     // dies 2026-09-09
        d.Person(Golden.A, ha, "袁五", d.Man(2026, 1, 20), from: new DateOnly(2027, 1, 3)); // registered in 2027

        // 上塘村 (B): under 10 万元 income, distributes more than the year's net income (warning 3).
        var vb = d.Village(Golden.B, new() { ["villager_groups"] = 3L });
        d.Periodic(vb, "2026", "collective_income", 8.25m);
        d.Periodic(vb, "2026", "operating_income", 3m);
        d.Periodic(vb, "2026", "collective_expenses", 6.5m);
        d.Periodic(vb, "2026", "distributed_amount", 2m);
        var hb = d.Household(Golden.B, "柳家");
        d.Person(Golden.B, hb, "柳一", d.Man(1970, 1, 1));
        d.Person(Golden.B, hb, "柳二", d.Woman(1972, 2, 2));

        // 枫树村 (C): operating income above total income (error 1); expenses not reported (warning 2).
        var vc = d.Village(Golden.C, new() { ["villager_groups"] = 2L });
        d.Periodic(vc, "2026", "collective_income", 5m);
        d.Periodic(vc, "2026", "operating_income", 6m);
        var hc = d.Household(Golden.C, "酆家");
        d.Person(Golden.C, hc, "酆一", d.Man(1980, 1, 1));
        await d.SaveAsync();

        d.Retire(died, new DateOnly(2026, 9, 9), RetirementReason.Death);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "ny-collective-yearly", "2026");

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["income"] = 35.6m,
            ["operating"] = 20m,
            ["expenses"] = 15.6m,
            ["profit"] = 20m,            // 35.6 − 15.6
            ["distributed"] = 8m,
            ["dist_pct"] = 40.0m,        // 8 / 20
            ["persons"] = 3m,            // 袁一, 袁二, 袁三 (袁四 died, 袁五 2027)
            ["per_capita"] = 26666.67m,  // 8 × 10000 / 3 = 26666.666… → 26666.67
            ["weak"] = 0m,               // 35.6 ≥ 10
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["income"] = 8.25m,
            ["operating"] = 3m,
            ["expenses"] = 6.5m,
            ["profit"] = 1.75m,          // 8.25 − 6.5
            ["distributed"] = 2m,
            ["dist_pct"] = 114.3m,       // 2 / 1.75 = 114.285…% → 114.3
            ["persons"] = 2m,
            ["per_capita"] = 10000m,     // 2 × 10000 / 2
            ["weak"] = 1m,               // 8.25 < 10
        });
        Assert.Equal("1✓ 2✓ 3✗ 4✓", Golden.Checks(b)); // 3: distributes 2 > net 1.75

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["income"] = 5m,
            ["operating"] = 6m,
            ["expenses"] = null,         // not reported
            ["profit"] = null,           // income − (nothing): empty
            ["distributed"] = null,
            ["dist_pct"] = null,
            ["persons"] = 1m,
            ["per_capita"] = null,       // nothing distributed reported
            ["weak"] = 1m,               // 5 < 10
        });
        Assert.Equal("1✗ 2✗ 3✓ 4✓", Golden.Checks(c)); // 1: operating 6 > total 5; 2: expenses missing
        // Empty cells read as "—" in the narrative; a sum column with digits keeps them (5.00).
        Assert.Equal("2026年度，枫树村委会村集体经济组织总收入5.00万元（其中经营收入6.00万元），总支出—万元，本年收益—万元；向成员分配—万元，占本年收益的—%，按户籍人口人均—元。",
            c.Narrative);

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["income"] = 43.85m,         // 35.6 + 8.25
            ["operating"] = 23m,         // 20 + 3
            ["expenses"] = 22.1m,        // 15.6 + 6.5
            ["profit"] = 21.75m,         // 20 + 1.75
            ["distributed"] = 10m,       // 8 + 2
            ["dist_pct"] = 46.0m,        // 10 / 21.75 = 45.977…% → 46.0
            ["persons"] = 5m,            // 3 + 2
            ["per_capita"] = 20000m,     // 10 × 10000 / 5
            ["weak"] = 1m,               // B
        });
        Assert.Equal("2✓ 3✓ 4✓", Golden.Checks(township)); // 1 reads village: village rows only

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["income"] = 48.85m,         // 43.85 + 5
            ["operating"] = 29m,         // 23 + 6
            ["expenses"] = 22.1m,        // 22.1 (C reported none)
            ["profit"] = 21.75m,         // 21.75 (C has none)
            ["distributed"] = 10m,
            ["dist_pct"] = 46.0m,        // 10 / 21.75
            ["persons"] = 6m,            // 5 + 1
            ["per_capita"] = 16666.67m,  // 10 × 10000 / 6 = 16666.666… → 16666.67
            ["weak"] = 2m,               // B and C
        });
        Assert.Equal("2✓ 3✓ 4✓", Golden.Checks(county));
        Assert.Equal("2026年度，清溪县村集体经济组织总收入48.85万元（其中经营收入29.00万元），总支出22.10万元，本年收益21.75万元；向成员分配10.00万元，占本年收益的46.0%，按户籍人口人均16666.67元。",
            county.Narrative);
    }
}
