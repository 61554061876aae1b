using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>65岁及以上老年人健康管理季报 (wj-elderly-health-quarterly), 2026Q4, worked by hand. Ages are at 2026-12-31.</summary>
public class WjElderlyHealthQuarterlyGoldenTests
{
    [Fact]
    public async Task CountsPeopleSixtyFiveAndOverOnTheQuarterEndAndRecomputesManagementAndSigningRates()
    {
        await using var f = await ReportFixture.CreateAsync(clock: LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);
        const bool Y = true;

        // 石门村 (A)
        var ha = d.Household(Golden.A, "杨家");
        d.Person(Golden.A, ha, "杨一", d.Man(1961, 12, 31),                 // 65 on 12-31 exactly
            new() { ["health_managed"] = Y, ["family_doctor_signed"] = Y, ["self_care_ability"] = "完全自理" });
        d.Person(Golden.A, ha, "杨二", d.Woman(1962, 1, 1),                 // 65 one day after the quarter: 64, not counted
            new() { ["health_managed"] = Y, ["family_doctor_signed"] = Y, ["chronic_disease"] = Y });
        d.Person(Golden.A, ha, "杨三", d.Man(1946, 12, 31),                 // 80 on 12-31 exactly
            new() { ["health_managed"] = Y, ["family_doctor_signed"] = Y, ["chronic_disease"] = Y, ["self_care_ability"] = "部分失能" });
        d.Person(Golden.A, ha, "杨四", d.Woman(1950, 5, 5),                 // 76
            new() { ["health_managed"] = Y, ["family_doctor_signed"] = false, ["chronic_disease"] = Y });
        var w5 = d.Person(Golden.A, ha, "杨五", d.Man(1940, 2, 2),          // 86, dies 11-20
            new() { ["health_managed"] = Y, ["family_doctor_signed"] = Y, ["chronic_disease"] = Y, ["self_care_ability"] = "完全失能" });
        d.Person(Golden.A, ha, "杨六", d.Woman(1955, 7, 7),                 // 71
            new() { ["health_managed"] = false, ["family_doctor_signed"] = Y });
        d.Person(Golden.A, ha, "杨七", d.Man(1945, 3, 3),                   // 81, moves in on 2027-01-05
            new() { ["health_managed"] = Y }, from: new DateOnly(2027, 1, 5));

        // 上塘村 (B)
        var hb = d.Household(Golden.B, "朱家");
        d.Person(Golden.B, hb, "朱一", d.Man(1944, 8, 8),                   // 82
            new() { ["health_managed"] = Y, ["family_doctor_signed"] = Y, ["chronic_disease"] = Y });
        d.Person(Golden.B, hb, "朱二", d.Woman(1958, 10, 10),               // 68
            new() { ["family_doctor_signed"] = Y, ["chronic_disease"] = Y });
        d.Person(Golden.B, hb, "朱三", d.Man(1960, 12, 30),                 // 66
            new() { ["health_managed"] = Y });

        // 枫树村 (C): one dependent 90-year-old with a chronic disease, not under management (warnings 4 and 5).
        var hc = d.Household(Golden.C, "秦家");
        d.Person(Golden.C, hc, "秦一", d.Woman(1936, 1, 1),
            new() { ["chronic_disease"] = Y, ["self_care_ability"] = "完全失能" });
        await d.SaveAsync();

        d.Retire(w5, new DateOnly(2026, 11, 20), RetirementReason.Death);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "wj-elderly-health-quarterly", "2026Q4");

        // A on 12-31: 杨一 65, 杨三 80, 杨四 76, 杨六 71 (杨二 64; 杨五 died; 杨七 not yet).
        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["elderly"] = 4m,            // 杨一, 杨三, 杨四, 杨六
            ["age_80"] = 1m,             // 杨三
            ["disabled"] = 1m,           // 杨三 部分失能
            ["managed"] = 3m,            // 杨一, 杨三, 杨四
            ["managed_pct"] = 75.0m,     // 3 / 4
            ["signed"] = 3m,             // 杨一, 杨三, 杨六
            ["signed_pct"] = 75.0m,      // 3 / 4
            ["chronic"] = 2m,            // 杨三, 杨四
            ["chronic_managed"] = 2m,    // 杨三, 杨四
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["elderly"] = 3m,            // 朱一, 朱二, 朱三
            ["age_80"] = 1m,             // 朱一
            ["disabled"] = 0m,
            ["managed"] = 2m,            // 朱一, 朱三
            ["managed_pct"] = 66.7m,     // 2 / 3 = 66.666…% → 66.7
            ["signed"] = 2m,             // 朱一, 朱二
            ["signed_pct"] = 66.7m,
            ["chronic"] = 2m,            // 朱一, 朱二
            ["chronic_managed"] = 1m,    // 朱一
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗ 5✗", Golden.Checks(b)); // 4: 66.7 < 70; 5: 朱二 chronic, unmanaged

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["elderly"] = 1m,
            ["age_80"] = 1m,
            ["disabled"] = 1m,
            ["managed"] = 0m,
            ["managed_pct"] = 0.0m,      // 0 / 1
            ["signed"] = 0m,
            ["signed_pct"] = 0.0m,
            ["chronic"] = 1m,
            ["chronic_managed"] = 0m,
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗ 5✗", Golden.Checks(c));

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["elderly"] = 7m,            // 4 + 3
            ["age_80"] = 2m,             // 1 + 1
            ["disabled"] = 1m,           // 1 + 0
            ["managed"] = 5m,            // 3 + 2
            ["managed_pct"] = 71.4m,     // 5 / 7 = 71.428…% → 71.4 (not the mean of 75.0 and 66.7)
            ["signed"] = 5m,             // 3 + 2
            ["signed_pct"] = 71.4m,
            ["chronic"] = 4m,            // 2 + 2
            ["chronic_managed"] = 3m,    // 2 + 1
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✗", Golden.Checks(township)); // every check reads only row; 5: 3 < 4

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["elderly"] = 8m,            // 7 + 1
            ["age_80"] = 3m,             // 2 + 1
            ["disabled"] = 2m,           // 1 + 1
            ["managed"] = 5m,            // 5 + 0
            ["managed_pct"] = 62.5m,     // 5 / 8
            ["signed"] = 5m,
            ["signed_pct"] = 62.5m,
            ["chronic"] = 5m,            // 4 + 1
            ["chronic_managed"] = 3m,
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗ 5✗", Golden.Checks(county)); // 4: 62.5 < 70
        Assert.Equal("截至2026年12月31日，清溪县有65岁及以上老年人8人（其中80岁及以上3人、失能及部分失能2人），已纳入健康管理5人，健康管理率62.5%；签约家庭医生5人，签约率62.5%；患慢性病5人，已纳入管理3人。",
            county.Narrative);
    }
}
