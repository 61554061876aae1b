using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>村党组织和党员情况年报 (zz-party-yearly), 2026, worked by hand. Ages and genders come from ID numbers, at 2026-12-31.</summary>
public class ZzPartyYearlyGoldenTests
{
    private static Dictionary<string, object?> Member(DateOnly joined, string? education = null, bool migrant = false) => new()
    {
        ["party_member"] = true, ["party_join_date"] = joined, ["education"] = education, ["migrant_worker"] = migrant,
    };

    [Fact]
    public async Task BandsMembersByAgeOnDecember31CountsThisYearsAdmissionsAndLeavesTheBranchTypeBlankAboveVillages()
    {
        await using var f = await ReportFixture.CreateAsync(clock: LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);

        // 石门村 (A): a 党支部.
        d.Village(Golden.A, new() { ["party_branch_type"] = "党支部" });
        var ha = d.Household(Golden.A, "潘家");
        d.Person(Golden.A, ha, "潘一", d.Man(1990, 12, 31), Member(new(2015, 7, 1), "本科及以上"));          // 36 on 12-31 exactly
        d.Person(Golden.A, ha, "潘二", d.Woman(1991, 1, 1), Member(new(2026, 7, 1), "大专", migrant: true)); // 35 (36 one day later); new
        d.Person(Golden.A, ha, "潘三", d.Man(1965, 12, 31), Member(new(1990, 7, 1), "高中"));                // 61 on 12-31 exactly
        d.Person(Golden.A, ha, "潘四", d.Woman(1966, 1, 1), Member(new(2026, 1, 1), "初中"));                // 60; new on the year's first day
        var g5 = d.Person(Golden.A, ha, "潘五", d.Man(1950, 1, 1), Member(new(1975, 7, 1)));                 // dies 2026-08-08
        d.Person(Golden.A, ha, "潘六", d.Woman(1985, 6, 6), new() { ["party_member"] = false, ["education"] = "本科及以上" });
        d.Person(Golden.A, ha, "潘七", d.Man(1988, 7, 7), Member(new(2012, 7, 1), "大专"), from: new DateOnly(2027, 1, 2)); // moves in 2027
        d.Person(Golden.A, ha, "潘八", d.Woman(1975, 8, 8), Member(new(2025, 12, 31), "本科及以上"));       // 51; joined last year's last day

        // 上塘村 (B): village facts entered, but not the Party organization type (warning 4); only 2 members (warning 5).
        d.Village(Golden.B, new() { ["area_mu"] = 3000m });
        var hb = d.Household(Golden.B, "范家");
        d.Person(Golden.B, hb, "范一", d.Woman(1998, 5, 5), Member(new(2020, 5, 4), "本科及以上", migrant: true)); // 28
        d.Person(Golden.B, hb, "范二", d.Man(1958, 3, 3), Member(new(1985, 7, 1), "小学"));                    // 68

        // 枫树村 (C): a 16-year-old registered as a member (error 3); a 党委 with 2 members (warnings 5 and 6).
        d.Village(Golden.C, new() { ["party_branch_type"] = "党委" });
        var hc = d.Household(Golden.C, "彭家");
        d.Person(Golden.C, hc, "彭一", d.Man(2010, 1, 1), Member(new(2026, 5, 4)));
        d.Person(Golden.C, hc, "彭二", d.Man(1980, 1, 1), Member(new(2010, 7, 1), "大专"));                    // 46
        await d.SaveAsync();

        d.Retire(g5, new DateOnly(2026, 8, 8), RetirementReason.Death);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "zz-party-yearly", "2026");

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["branch_type"] = "党支部",
            ["members"] = 5m,            // 潘一, 潘二, 潘三, 潘四, 潘八 (潘五 died, 潘六 not a member, 潘七 2027)
            ["female"] = 3m,             // 潘二, 潘四, 潘八
            ["new_members"] = 2m,        // 潘二 (07-01), 潘四 (01-01); not 潘八 (2025-12-31)
            ["age_35"] = 1m,             // 潘二 35
            ["age_36_60"] = 3m,          // 潘一 36, 潘四 60, 潘八 51
            ["age_61"] = 1m,             // 潘三 61
            ["college"] = 3m,            // 潘一, 潘二, 潘八
            ["mobile"] = 1m,             // 潘二
            ["female_pct"] = 60.0m,      // 3 / 5
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓ 6✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["branch_type"] = null,
            ["members"] = 2m,
            ["female"] = 1m,             // 范一
            ["new_members"] = 0m,
            ["age_35"] = 1m,             // 范一 28
            ["age_36_60"] = 0m,
            ["age_61"] = 1m,             // 范二 68
            ["college"] = 1m,            // 范一
            ["mobile"] = 1m,             // 范一
            ["female_pct"] = 50.0m,      // 1 / 2
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗ 5✗ 6✓", Golden.Checks(b));

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["branch_type"] = "党委",
            ["members"] = 2m,
            ["female"] = 0m,
            ["new_members"] = 1m,        // 彭一 (2026-05-04)
            ["age_35"] = 1m,             // 彭一 16
            ["age_36_60"] = 1m,          // 彭二 46
            ["age_61"] = 0m,
            ["college"] = 1m,            // 彭二
            ["mobile"] = 0m,
            ["female_pct"] = 0.0m,       // 0 / 2
        });
        Assert.Equal("1✓ 2✓ 3✗ 4✓ 5✗ 6✗", Golden.Checks(c)); // 3: a member under 18; 5: < 3 members; 6: 党委 with < 100

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["branch_type"] = null,      // rollup: none
            ["members"] = 7m,            // 5 + 2
            ["female"] = 4m,             // 3 + 1
            ["new_members"] = 2m,        // 2 + 0
            ["age_35"] = 2m,             // 1 + 1
            ["age_36_60"] = 3m,          // 3 + 0
            ["age_61"] = 2m,             // 1 + 1
            ["college"] = 4m,            // 3 + 1
            ["mobile"] = 2m,             // 1 + 1
            ["female_pct"] = 57.1m,      // 4 / 7 = 57.142…% → 57.1
        });
        Assert.Equal("1✓ 2✓ 4✓ 5✓ 6✓", Golden.Checks(township)); // 3 reads persons: village rows only; 4, 5 hold above villages

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["branch_type"] = null,
            ["members"] = 9m,            // 7 + 2
            ["female"] = 4m,             // 4 + 0
            ["new_members"] = 3m,        // 2 + 1
            ["age_35"] = 3m,             // 2 + 1
            ["age_36_60"] = 4m,          // 3 + 1
            ["age_61"] = 2m,             // 2 + 0
            ["college"] = 5m,            // 4 + 1
            ["mobile"] = 2m,             // 2 + 0
            ["female_pct"] = 44.4m,      // 4 / 9 = 44.444…% → 44.4
        });
        Assert.Equal("1✓ 2✓ 4✓ 5✓ 6✓", Golden.Checks(county));
        Assert.Equal("截至2026年12月31日，清溪县共有党员9名，其中女党员4名（占44.4%），2026年度发展党员3名；35岁及以下3名、36～60岁4名、61岁及以上2名，大专及以上学历5名，外出务工的流动党员2名。",
            county.Narrative);
    }
}
