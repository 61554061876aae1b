using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>
/// 残疾人两项补贴发放情况季报 (cl-disability-subsidy-quarterly), 2026Q4, worked by hand: the subsidies are kept per
/// month (catalog period: monthly) and the 季报 adds up October, November and December (issue 13 item 1).
/// </summary>
public class ClDisabilitySubsidyQuarterlyGoldenTests
{
    [Fact]
    public async Task AddsUpTheQuartersMonthlyPaymentsAndCountsTheLastMonthsRecipients()
    {
        await using var f = await ReportFixture.CreateAsync(clock: LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);

        // 石门村 (A)
        var ha = d.Household(Golden.A, "冯家");
        var a1 = d.Person(Golden.A, ha, "冯一", d.Man(1970, 1, 1), new() { ["disability_grade"] = "一级" });
        d.Periodic(a1, "2026-09", "disability_subsidy_amount", 90m);       // September: not this quarter's
        foreach (var month in new[] { "2026-10", "2026-11", "2026-12" })
        {
            d.Periodic(a1, month, "disability_subsidy_amount", 90m);
            d.Periodic(a1, month, "care_subsidy_amount", 100m);
        }
        var a2 = d.Person(Golden.A, ha, "冯二", d.Woman(1972, 2, 2), new() { ["disability_grade"] = "二级" });
        d.Periodic(a2, "2026-10", "care_subsidy_amount", 100m);
        d.Periodic(a2, "2026-11", "care_subsidy_amount", 100m);            // stopped in December
        var a3 = d.Person(Golden.A, ha, "冯三", d.Man(1980, 3, 3), new() { ["disability_grade"] = "三级" });
        d.Periodic(a3, "2026-12", "disability_subsidy_amount", 90m);       // started in December
        d.Person(Golden.A, ha, "冯四", d.Woman(1985, 4, 4), new() { ["disability_grade"] = "四级" });
        var a5 = d.Person(Golden.A, ha, "冯五", d.Man(1950, 5, 5), new() { ["disability_grade"] = "一级" }); // dies 11-20
        d.Periodic(a5, "2026-10", "disability_subsidy_amount", 90m);
        d.Periodic(a5, "2026-10", "care_subsidy_amount", 100m);

        // 上塘村 (B)
        var hb = d.Household(Golden.B, "陈家");
        var b1 = d.Person(Golden.B, hb, "陈一", d.Man(1965, 1, 1), new() { ["disability_grade"] = "二级" });
        foreach (var month in new[] { "2026-10", "2026-11", "2026-12" }) d.Periodic(b1, month, "disability_subsidy_amount", 95.50m);
        d.Periodic(b1, "2026-11", "care_subsidy_amount", 120m);
        d.Periodic(b1, "2026-12", "care_subsidy_amount", 120m);
        d.Person(Golden.B, hb, "陈二", d.Woman(1968, 2, 2), new() { ["disability_grade"] = "一级" }); // nothing paid
        var b3 = d.Person(Golden.B, hb, "陈三", d.Man(1975, 3, 3));        // no disability certificate
        d.Periodic(b3, "2026-10", "disability_subsidy_amount", 95.50m);    // → error 1

        // 枫树村 (C)
        var hc = d.Household(Golden.C, "褚家");
        var c1 = d.Person(Golden.C, hc, "褚一", d.Man(1960, 1, 1), new() { ["disability_grade"] = "一级" });
        foreach (var month in new[] { "2026-10", "2026-11", "2026-12" }) d.Periodic(c1, month, "care_subsidy_amount", 100m);
        await d.SaveAsync();

        d.Retire(a5, new DateOnly(2026, 11, 20), RetirementReason.Death);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "cl-disability-subsidy-quarterly", "2026Q4");

        // A on 12-31: 冯一, 冯二, 冯三, 冯四 (冯五 died 11-20).
        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["disabled"] = 4m,           // 冯一, 冯二, 冯三, 冯四
            ["severe"] = 2m,             // 冯一, 冯二
            ["living_n"] = 2m,           // 冯一, 冯三
            ["living_last"] = 2m,        // December: 冯一, 冯三
            ["living_funds"] = 360m,     // 冯一 90 × 3 + 冯三 90
            ["care_n"] = 2m,             // 冯一, 冯二
            ["care_last"] = 1m,          // December: 冯一
            ["care_funds"] = 500m,       // 冯一 100 × 3 + 冯二 100 × 2
            ["total_funds"] = 860m,      // 360 + 500
            ["care_coverage"] = 50.0m,   // 1 / 2
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗", Golden.Checks(a)); // 4: 冯二 (二级) had no nursing subsidy in December

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["disabled"] = 2m,           // 陈一, 陈二
            ["severe"] = 2m,
            ["living_n"] = 2m,           // 陈一, 陈三
            ["living_last"] = 1m,        // December: 陈一
            ["living_funds"] = 382m,     // 95.50 × 3 + 95.50
            ["care_n"] = 1m,             // 陈一
            ["care_last"] = 1m,
            ["care_funds"] = 240m,       // 120 × 2
            ["total_funds"] = 622m,      // 382 + 240
            ["care_coverage"] = 50.0m,   // 1 / 2
        });
        Assert.Equal("1✗ 2✓ 3✓ 4✗", Golden.Checks(b)); // 1: 陈三 has no disability certificate; 4: 陈二 (一级) none in December

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["disabled"] = 1m, ["severe"] = 1m,
            ["living_n"] = 0m, ["living_last"] = 0m, ["living_funds"] = 0m,
            ["care_n"] = 1m, ["care_last"] = 1m,
            ["care_funds"] = 300m,       // 100 × 3
            ["total_funds"] = 300m,
            ["care_coverage"] = 100.0m,  // 1 / 1
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓", Golden.Checks(c));

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["disabled"] = 6m,           // 4 + 2
            ["severe"] = 4m,             // 2 + 2
            ["living_n"] = 4m,           // 2 + 2
            ["living_last"] = 3m,        // 2 + 1
            ["living_funds"] = 742m,     // 360 + 382
            ["care_n"] = 3m,             // 2 + 1
            ["care_last"] = 2m,          // 1 + 1
            ["care_funds"] = 740m,       // 500 + 240
            ["total_funds"] = 1482m,     // 860 + 622
            ["care_coverage"] = 50.0m,   // 2 / 4
        });
        Assert.Equal("2✓ 3✓ 4✗", Golden.Checks(township)); // 1 reads persons: village rows only; 4: 2 < 4

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["disabled"] = 7m,           // 6 + 1
            ["severe"] = 5m,             // 4 + 1
            ["living_n"] = 4m,
            ["living_last"] = 3m,
            ["living_funds"] = 742m,
            ["care_n"] = 4m,             // 3 + 1
            ["care_last"] = 3m,          // 2 + 1
            ["care_funds"] = 1040m,      // 740 + 300
            ["total_funds"] = 1782m,     // 1482 + 300
            ["care_coverage"] = 60.0m,   // 3 / 5
        });
        Assert.Equal("2✓ 3✓ 4✗", Golden.Checks(county)); // 4: 3 < 5
        Assert.StartsWith("2026年第四季度，清溪县共有持证残疾人7人，其中一、二级重度残疾人5人。本季发放困难残疾人生活补贴4人742.00元", county.Narrative);
    }
}
