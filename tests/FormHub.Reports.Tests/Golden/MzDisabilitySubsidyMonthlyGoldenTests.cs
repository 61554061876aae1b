using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>困难残疾人生活补贴和重度残疾人护理补贴月报 (mz-disability-subsidy-monthly), 2026-11, worked by hand.</summary>
public class MzDisabilitySubsidyMonthlyGoldenTests
{
    [Fact]
    public async Task CountsRecipientsOfEachSubsidyFromThisMonthsPaymentsAndRecomputesNursingCoverageOfTheSeverelyDisabled()
    {
        await using var f = await ReportFixture.CreateAsync();
        var d = new GoldenData(f);

        // 石门村 (A)
        var ha = d.Household(Golden.A, "冯家");
        var d1 = d.Person(Golden.A, ha, "冯一", d.Man(1970, 1, 1), new() { ["disability_grade"] = "一级" });
        d.Periodic(d1, "2026-11", "disability_subsidy_amount", 90m);
        d.Periodic(d1, "2026-11", "care_subsidy_amount", 100m);
        var d2 = d.Person(Golden.A, ha, "冯二", d.Woman(1972, 2, 2), new() { ["disability_grade"] = "二级" });
        d.Periodic(d2, "2026-11", "care_subsidy_amount", 100m);
        var d3 = d.Person(Golden.A, ha, "冯三", d.Man(1980, 3, 3), new() { ["disability_grade"] = "三级" });
        d.Periodic(d3, "2026-11", "disability_subsidy_amount", 90m);
        d.Periodic(d3, "2026-10", "care_subsidy_amount", 100m);            // October's: not this month's
        d.Person(Golden.A, ha, "冯四", d.Woman(1985, 4, 4), new() { ["disability_grade"] = "四级" });
        var d5 = d.Person(Golden.A, ha, "冯五", d.Man(1950, 5, 5), new() { ["disability_grade"] = "一级" }); // dies 11-20
        d.Periodic(d5, "2026-11", "disability_subsidy_amount", 90m);
        d.Periodic(d5, "2026-11", "care_subsidy_amount", 100m);
        d.Person(Golden.A, ha, "冯六", d.Woman(1990, 6, 6));                // not disabled

        // 上塘村 (B)
        var hb = d.Household(Golden.B, "陈家");
        var e1 = d.Person(Golden.B, hb, "陈一", d.Man(1965, 1, 1), new() { ["disability_grade"] = "二级" });
        d.Periodic(e1, "2026-11", "disability_subsidy_amount", 95.50m);
        d.Periodic(e1, "2026-11", "care_subsidy_amount", 120m);
        d.Person(Golden.B, hb, "陈二", d.Woman(1968, 2, 2), new() { ["disability_grade"] = "一级" }); // no nursing subsidy yet
        var e3 = d.Person(Golden.B, hb, "陈三", d.Man(1975, 3, 3), new() { ["disability_grade"] = "二级" });
        d.Periodic(e3, "2026-11", "disability_subsidy_amount", 95.50m);
        var e4 = d.Person(Golden.B, hb, "陈四", d.Woman(1995, 4, 4), new() { ["disability_grade"] = "三级", ["disability_type"] = "智力" });
        d.Periodic(e4, "2026-11", "care_subsidy_amount", 60m);            // grade 3 nursing subsidy → warning 5

        // 枫树村 (C): a living subsidy paid to someone without a disability grade → error 1.
        var hc = d.Household(Golden.C, "褚家");
        var f1 = d.Person(Golden.C, hc, "褚一", d.Man(1960, 1, 1));
        d.Periodic(f1, "2026-11", "disability_subsidy_amount", 90m);
        var f2 = d.Person(Golden.C, hc, "褚二", d.Woman(1962, 2, 2), new() { ["disability_grade"] = "一级" });
        d.Periodic(f2, "2026-11", "care_subsidy_amount", 100m);
        await d.SaveAsync();

        d.Retire(d5, new DateOnly(2026, 11, 20), RetirementReason.Death);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "mz-disability-subsidy-monthly", "2026-11");

        // A on 11-30: 冯一 (一级, both), 冯二 (二级, nursing), 冯三 (三级, living), 冯四 (四级); 冯五 died 11-20; 冯六 no grade.
        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["disabled"] = 4m,           // 冯一, 冯二, 冯三, 冯四
            ["severe"] = 2m,             // 冯一, 冯二
            ["living_n"] = 2m,           // 冯一, 冯三
            ["living_funds"] = 180m,     // 90 + 90
            ["care_n"] = 2m,             // 冯一, 冯二
            ["care_funds"] = 200m,       // 100 + 100
            ["both_n"] = 1m,             // 冯一
            ["total_funds"] = 380m,      // 180 + 200
            ["care_coverage"] = 100.0m,  // 2 / 2
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["disabled"] = 4m,           // 陈一..陈四
            ["severe"] = 3m,             // 陈一 (二级), 陈二 (一级), 陈三 (二级)
            ["living_n"] = 2m,           // 陈一, 陈三
            ["living_funds"] = 191m,     // 95.50 + 95.50
            ["care_n"] = 2m,             // 陈一, 陈四
            ["care_funds"] = 180m,       // 120 + 60
            ["both_n"] = 1m,             // 陈一
            ["total_funds"] = 371m,      // 191 + 180
            ["care_coverage"] = 66.7m,   // 2 / 3 = 66.666…% → 66.7
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✗", Golden.Checks(b)); // 5: 陈四 (三级) receives the nursing subsidy

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["disabled"] = 1m,           // 褚二
            ["severe"] = 1m,
            ["living_n"] = 1m,           // 褚一 (no grade!)
            ["living_funds"] = 90m,
            ["care_n"] = 1m,             // 褚二
            ["care_funds"] = 100m,
            ["both_n"] = 0m,
            ["total_funds"] = 190m,      // 90 + 100
            ["care_coverage"] = 100.0m,  // 1 / 1
        });
        Assert.Equal("1✗ 2✓ 3✓ 4✓ 5✓", Golden.Checks(c)); // 1: living subsidy without a disability certificate

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["disabled"] = 8m,           // 4 + 4
            ["severe"] = 5m,             // 2 + 3
            ["living_n"] = 4m,           // 2 + 2
            ["living_funds"] = 371m,     // 180 + 191
            ["care_n"] = 4m,             // 2 + 2
            ["care_funds"] = 380m,       // 200 + 180
            ["both_n"] = 2m,             // 1 + 1
            ["total_funds"] = 751m,      // 380 + 371
            ["care_coverage"] = 80.0m,   // 4 / 5
        });
        Assert.Equal("3✓ 4✓", Golden.Checks(township)); // 1, 2, 5 read persons: village rows only

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["disabled"] = 9m,           // 8 + 1
            ["severe"] = 6m,             // 5 + 1
            ["living_n"] = 5m,           // 4 + 1
            ["living_funds"] = 461m,     // 371 + 90
            ["care_n"] = 5m,             // 4 + 1
            ["care_funds"] = 480m,       // 380 + 100
            ["both_n"] = 2m,             // 2 + 0
            ["total_funds"] = 941m,      // 751 + 190
            ["care_coverage"] = 83.3m,   // 5 / 6 = 83.333…% → 83.3
        });
        Assert.Equal("3✓ 4✓", Golden.Checks(county));
        Assert.Equal("截至2026年11月30日，清溪县共有持证残疾人9人，其中一、二级重度残疾人6人。2026年11月发放困难残疾人生活补贴5人461.00元，重度残疾人护理补贴5人480.00元，两项合计941.00元，重度残疾人护理补贴覆盖率83.3%。",
            county.Narrative);
    }
}
