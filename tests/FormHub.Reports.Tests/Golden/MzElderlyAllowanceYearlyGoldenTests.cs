using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>
/// 高龄津贴发放情况年报 (mz-elderly-allowance-yearly), 2026, worked by hand: the allowance is kept per month (catalog
/// period: monthly) and the 年报 adds up the twelve months (issue 13 item 1). Ages are at 2026-12-31.
/// </summary>
public class MzElderlyAllowanceYearlyGoldenTests
{
    private static IEnumerable<string> Months(int from, int to) => Enumerable.Range(from, to - from + 1).Select(m => $"2026-{m:D2}");

    [Fact]
    public async Task AddsUpTheYearsMonthlyAllowancesAndCountsDecembersRecipients()
    {
        await using var f = await ReportFixture.CreateAsync(clock: LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);

        // 石门村 (A)
        var ha = d.Household(Golden.A, "王家");
        var a1 = d.Person(Golden.A, ha, "王一", d.Man(1940, 3, 1));           // 86
        foreach (var m in Months(1, 12)) d.Periodic(a1, m, "elderly_allowance_amount", 100m);
        d.Periodic(a1, "2027-01", "elderly_allowance_amount", 100m);           // next year's: not counted
        var a2 = d.Person(Golden.A, ha, "王二", d.Woman(1946, 6, 15));        // 80 from 2026-06-15
        foreach (var m in Months(7, 12)) d.Periodic(a2, m, "elderly_allowance_amount", 100m);
        var a3 = d.Person(Golden.A, ha, "王三", d.Man(1930, 1, 1));           // 96
        foreach (var m in Months(1, 11)) d.Periodic(a3, m, "elderly_allowance_amount", 200m); // none in December
        var a4 = d.Person(Golden.A, ha, "王四", d.Man(1945, 1, 1));           // dies 2026-08-10
        foreach (var m in Months(1, 7)) d.Periodic(a4, m, "elderly_allowance_amount", 100m);
        d.Person(Golden.A, ha, "王五", d.Woman(1960, 5, 5));                  // 66

        // 上塘村 (B)
        var hb = d.Household(Golden.B, "李家");
        var b1 = d.Person(Golden.B, hb, "李一", d.Woman(1944, 12, 31));       // 82
        foreach (var m in Months(1, 12)) d.Periodic(b1, m, "elderly_allowance_amount", 150m);
        var b2 = d.Person(Golden.B, hb, "李二", d.Man(1970, 7, 7));           // 56: paid in error → check 1
        d.Periodic(b2, "2026-03", "elderly_allowance_amount", 100m);
        await d.SaveAsync();

        d.Retire(a4, new DateOnly(2026, 8, 10), RetirementReason.Death);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "mz-elderly-allowance-yearly", "2026");

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["total"] = 3m,              // 王一, 王二, 王三 (王四 died, 王五 is 66)
            ["paid"] = 3m,               // 王一, 王二, 王三
            ["paid_dec"] = 2m,           // 王一, 王二
            ["funds"] = 4000m,           // 100 × 12 + 100 × 6 + 200 × 11
            ["avg"] = 1333.33m,          // 4000 / 3
            ["coverage"] = 66.7m,        // 2 / 3
        });
        Assert.Equal("1✓ 2✓ 3✗", Golden.Checks(a)); // 3: 王三 had none in December

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["total"] = 1m,              // 李一
            ["paid"] = 2m,               // 李一, 李二
            ["paid_dec"] = 1m,           // 李一
            ["funds"] = 1900m,           // 150 × 12 + 100
            ["avg"] = 950m,              // 1900 / 2
            ["coverage"] = 100.0m,       // 1 / 1
        });
        Assert.Equal("1✗ 2✓ 3✓", Golden.Checks(b)); // 1: 李二 is under 80

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["total"] = 4m,              // 3 + 1
            ["paid"] = 5m,               // 3 + 2
            ["paid_dec"] = 3m,           // 2 + 1
            ["funds"] = 5900m,           // 4000 + 1900
            ["avg"] = 1180m,             // 5900 / 5
            ["coverage"] = 75.0m,        // 3 / 4
        });
        Assert.Equal("2✓ 3✗", Golden.Checks(township)); // 3: 3 < 4

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["total"] = 4m, ["paid"] = 5m, ["paid_dec"] = 3m, ["funds"] = 5900m, ["avg"] = 1180m, ["coverage"] = 75.0m, // 枫树村 has no one over 80
        });
        Assert.StartsWith("2026年度，清溪县年末共有80周岁及以上老年人4人；全年向5人发放高龄津贴", county.Narrative);
    }
}
