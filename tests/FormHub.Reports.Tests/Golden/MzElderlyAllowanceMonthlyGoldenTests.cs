using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>高龄津贴发放名册与汇总 (mz-elderly-allowance-monthly), 2026-11, worked by hand. Ages are at 2026-11-30.</summary>
public class MzElderlyAllowanceMonthlyGoldenTests
{
    [Fact]
    public async Task BandsTheEightyPlusByAgeOnNovember30AndFlagsAllowancesPaidBelowEighty()
    {
        await using var f = await ReportFixture.CreateAsync();
        var d = new GoldenData(f);

        // 石门村 (A)
        var ha = d.Household(Golden.A, "周家");
        var p1 = d.Person(Golden.A, ha, "周一", d.Man(1946, 11, 30));    // 80 on 11-30 exactly
        d.Periodic(p1, "2026-11", "elderly_allowance_amount", 100m);
        d.Person(Golden.A, ha, "周二", d.Woman(1946, 12, 1));             // 80 one day after the period: still 79
        var p3 = d.Person(Golden.A, ha, "周三", d.Woman(1936, 11, 30));   // 90 on 11-30
        d.Periodic(p3, "2026-11", "elderly_allowance_amount", 200m);
        var p4 = d.Person(Golden.A, ha, "周四", d.Man(1937, 1, 15));      // 89
        d.Periodic(p4, "2026-11", "elderly_allowance_amount", 100m);
        var p5 = d.Person(Golden.A, ha, "周五", d.Woman(1926, 11, 30));   // 100 on 11-30
        d.Periodic(p5, "2026-11", "elderly_allowance_amount", 500m);
        var p6 = d.Person(Golden.A, ha, "周六", d.Man(1940, 3, 1));       // 86, dies on 11-15
        d.Periodic(p6, "2026-11", "elderly_allowance_amount", 100m);
        d.Person(Golden.A, ha, "周七", d.Woman(1945, 6, 1), from: new DateOnly(2026, 12, 2)); // 81, moves in after the period

        // 上塘村 (B)
        var hb = d.Household(Golden.B, "吴家");
        var q1 = d.Person(Golden.B, hb, "吴一", d.Man(1941, 7, 7));       // 85
        d.Periodic(q1, "2026-11", "elderly_allowance_amount", 100m);
        var q2 = d.Person(Golden.B, hb, "吴二", d.Woman(1935, 5, 5));     // 91
        d.Periodic(q2, "2026-11", "elderly_allowance_amount", 200m);
        d.Person(Golden.B, hb, "吴三", d.Man(1946, 10, 31));               // 80 since 10-31, not yet paid → warning 4
        d.Person(Golden.B, hb, "吴四", d.Woman(1960, 1, 1));               // 66

        // 枫树村 (C): a 76-year-old paid (error 1) makes paid 2 > total 1 (error 3).
        var hc = d.Household(Golden.C, "郑家");
        var r1 = d.Person(Golden.C, hc, "郑一", d.Man(1950, 3, 3));       // 76
        d.Periodic(r1, "2026-11", "elderly_allowance_amount", 100m);
        var r2 = d.Person(Golden.C, hc, "郑二", d.Woman(1930, 8, 8));     // 96
        d.Periodic(r2, "2026-11", "elderly_allowance_amount", 200m);
        await d.SaveAsync();

        d.Retire(p6, new DateOnly(2026, 11, 15), RetirementReason.Death);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "mz-elderly-allowance-monthly", "2026-11");

        // A on 11-30: 周一 80, 周三 90, 周四 89, 周五 100; 周二 79; 周六 died 11-15 (his 100 drops out with him); 周七 not yet.
        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["age_80_89"] = 2m,          // 周一 (80), 周四 (89)
            ["age_90_99"] = 1m,          // 周三 (90)
            ["age_100"] = 1m,            // 周五 (100)
            ["total"] = 4m,              // 2 + 1 + 1
            ["paid"] = 4m,               // 周一, 周三, 周四, 周五
            ["funds"] = 900m,            // 100 + 200 + 100 + 500
            ["avg"] = 225m,              // 900 / 4
            ["coverage"] = 100.0m,       // 4 / 4
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["age_80_89"] = 2m,          // 吴一 (85), 吴三 (80)
            ["age_90_99"] = 1m,          // 吴二 (91)
            ["age_100"] = 0m,
            ["total"] = 3m,
            ["paid"] = 2m,               // 吴一, 吴二
            ["funds"] = 300m,            // 100 + 200
            ["avg"] = 150m,              // 300 / 2
            ["coverage"] = 66.7m,        // 2 / 3 = 66.666…% → 66.7
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗", Golden.Checks(b)); // 4: 吴三 is 80 and unpaid

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["age_80_89"] = 0m,
            ["age_90_99"] = 1m,          // 郑二 (96)
            ["age_100"] = 0m,
            ["total"] = 1m,
            ["paid"] = 2m,               // 郑一 (76!) and 郑二
            ["funds"] = 300m,            // 100 + 200
            ["avg"] = 150m,              // 300 / 2
            ["coverage"] = 200.0m,       // 2 / 1
        });
        Assert.Equal("1✗ 2✓ 3✗ 4✓", Golden.Checks(c)); // 1: paid under 80; 3: paid 2 > total 1

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["age_80_89"] = 4m,          // 2 + 2
            ["age_90_99"] = 2m,          // 1 + 1
            ["age_100"] = 1m,            // 1 + 0
            ["total"] = 7m,              // 4 + 3
            ["paid"] = 6m,               // 4 + 2
            ["funds"] = 1200m,           // 900 + 300
            ["avg"] = 200m,              // 1200 / 6
            ["coverage"] = 85.7m,        // 6 / 7 = 85.714…% → 85.7
        });
        Assert.Equal("3✓ 4✗", Golden.Checks(township)); // 1, 2 read persons: village rows only; 4: 6 < 7

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["age_80_89"] = 4m,          // 4 + 0
            ["age_90_99"] = 3m,          // 2 + 1
            ["age_100"] = 1m,
            ["total"] = 8m,              // 7 + 1
            ["paid"] = 8m,               // 6 + 2
            ["funds"] = 1500m,           // 1200 + 300
            ["avg"] = 187.50m,           // 1500 / 8
            ["coverage"] = 100.0m,       // 8 / 8 (C's overpayment hides B's gap at county level)
        });
        Assert.Equal("3✓ 4✓", Golden.Checks(county));
        Assert.Equal("截至2026年11月30日，清溪县共有80周岁及以上老年人8人，其中80～89周岁4人、90～99周岁3人、100周岁及以上1人；2026年11月向8人发放高龄津贴1500.00元，人均187.50元，覆盖率100.0%。",
            county.Narrative);
    }
}
