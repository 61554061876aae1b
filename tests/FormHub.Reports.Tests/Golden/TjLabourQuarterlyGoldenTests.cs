using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>劳动力就业与外出从业情况季报 (tj-labour-quarterly), 2026Q4, worked by hand. Ages and states are at 2026-12-31.</summary>
public class TjLabourQuarterlyGoldenTests
{
    [Fact]
    public async Task ClassifiesLabourEmploymentAndMigrantWorkByAgeAndStateOnTheQuarterEnd()
    {
        await using var f = await ReportFixture.CreateAsync(clock: LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);

        // 石门村 (A)
        var ha = d.Household(Golden.A, "曹家");
        d.Person(Golden.A, ha, "曹一", d.Man(1980, 1, 1),                    // 46
            new() { ["employment_status"] = "务工", ["migrant_worker"] = true, ["work_place"] = "省外", ["labor_ability"] = "普通劳动力" });
        d.Person(Golden.A, ha, "曹二", d.Woman(1985, 2, 2), new() { ["employment_status"] = "务农" });          // 41
        d.Person(Golden.A, ha, "曹三", d.Man(1961, 12, 31), new() { ["employment_status"] = "务农" });          // 65 on 12-31: employed, not labour
        d.Person(Golden.A, ha, "曹四", d.Woman(1962, 1, 1), new() { ["employment_status"] = "公益性岗位" });     // 64
        d.Person(Golden.A, ha, "曹五", d.Man(2010, 12, 31), new() { ["employment_status"] = "失业" });          // 16 on 12-31
        d.Person(Golden.A, ha, "曹六", d.Woman(2011, 1, 1), new() { ["employment_status"] = "务农" });          // 15: neither labour nor employed
        var l7 = d.Person(Golden.A, ha, "曹七", d.Man(1990, 7, 7),                                              // dies 10-20
            new() { ["employment_status"] = "务工", ["migrant_worker"] = true, ["work_place"] = "县内乡外" });
        d.Person(Golden.A, ha, "曹八", d.Woman(1995, 8, 8),                                                     // 31
            new() { ["employment_status"] = "个体经营", ["migrant_worker"] = true, ["work_place"] = "省内县外" });
        d.Person(Golden.A, ha, "曹九", d.Man(2004, 9, 9), new() { ["employment_status"] = "在校学生" });         // 22, student
        d.Person(Golden.A, ha, "曹十", d.Woman(1970, 10, 10),                                                  // 56, farms but cannot count as labour
            new() { ["employment_status"] = "务农", ["labor_ability"] = "丧失劳动力" });

        // 上塘村 (B)
        var hb = d.Household(Golden.B, "严家");
        d.Person(Golden.B, hb, "严一", d.Man(1988, 1, 1),
            new() { ["employment_status"] = "务工", ["migrant_worker"] = true, ["work_place"] = "县内乡外" });
        var m2 = d.Person(Golden.B, hb, "严二", d.Woman(1992, 2, 2), new() { ["employment_status"] = "务农" }); // leaves to work on 11-01
        var m3 = d.Person(Golden.B, hb, "严三", d.Man(1975, 3, 3), new() { ["employment_status"] = "务农" });  // leaves on 2027-01-05
        d.Person(Golden.B, hb, "严四", d.Woman(1966, 4, 4), new() { ["employment_status"] = "失业" });          // 60

        // 枫树村 (C): a 14-year-old migrant (warning 4), a migrant without a place (warning 3), more migrants than labour (warning 5).
        var hc = d.Household(Golden.C, "华家");
        d.Person(Golden.C, hc, "华一", d.Man(2012, 6, 1), new() { ["migrant_worker"] = true, ["work_place"] = "省外" });
        d.Person(Golden.C, hc, "华二", d.Woman(1983, 2, 2), new() { ["employment_status"] = "务工", ["migrant_worker"] = true });
        d.Person(Golden.C, hc, "华三", d.Man(1950, 3, 3), new() { ["migrant_worker"] = true, ["work_place"] = "乡内" }); // 76
        await d.SaveAsync();

        d.Retire(l7, new DateOnly(2026, 10, 20), RetirementReason.Death);
        d.Change(m2, new() { ["employment_status"] = "务工", ["migrant_worker"] = true, ["work_place"] = "省外" }, new DateOnly(2026, 11, 1));
        d.Change(m3, new() { ["employment_status"] = "务工", ["migrant_worker"] = true, ["work_place"] = "省外" }, new DateOnly(2027, 1, 5));
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "tj-labour-quarterly", "2026Q4");

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["labour"] = 5m,             // 曹一, 曹二, 曹四 (64), 曹五 (16), 曹八
            ["employed"] = 6m,           // 曹一, 曹二, 曹三, 曹四, 曹八, 曹十 (曹六 is 15; 曹七 died)
            ["farming"] = 3m,            // 曹二, 曹三, 曹十
            ["public_jobs"] = 1m,        // 曹四
            ["migrant"] = 2m,            // 曹一, 曹八
            ["to_county"] = 0m,          // (曹七 died)
            ["to_province"] = 1m,        // 曹八
            ["out_province"] = 1m,       // 曹一
            ["unemployed"] = 1m,         // 曹五
            ["migrant_pct"] = 40.0m,     // 2 / 5
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["labour"] = 4m,             // 严一..严四
            ["employed"] = 3m,           // 严一, 严二 (务工 since 11-01), 严三 (still 务农 on 12-31)
            ["farming"] = 1m,            // 严三
            ["public_jobs"] = 0m,
            ["migrant"] = 2m,            // 严一, 严二
            ["to_county"] = 1m,          // 严一
            ["to_province"] = 0m,
            ["out_province"] = 1m,       // 严二
            ["unemployed"] = 1m,         // 严四
            ["migrant_pct"] = 50.0m,     // 2 / 4
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓", Golden.Checks(b));

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["labour"] = 1m,             // 华二 (华一 14, 华三 76)
            ["employed"] = 1m,           // 华二
            ["farming"] = 0m,
            ["public_jobs"] = 0m,
            ["migrant"] = 3m,            // all three
            ["to_county"] = 0m,
            ["to_province"] = 0m,
            ["out_province"] = 1m,       // 华一 (华三 works 乡内, 华二 has no place)
            ["unemployed"] = 0m,
            ["migrant_pct"] = 300.0m,    // 3 / 1
        });
        Assert.Equal("1✓ 2✓ 3✗ 4✗ 5✗", Golden.Checks(c));

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["labour"] = 9m,             // 5 + 4
            ["employed"] = 9m,           // 6 + 3
            ["farming"] = 4m,            // 3 + 1
            ["public_jobs"] = 1m,
            ["migrant"] = 4m,            // 2 + 2
            ["to_county"] = 1m,          // 0 + 1
            ["to_province"] = 1m,        // 1 + 0
            ["out_province"] = 2m,       // 1 + 1
            ["unemployed"] = 2m,         // 1 + 1
            ["migrant_pct"] = 44.4m,     // 4 / 9 = 44.444…% → 44.4
        });
        Assert.Equal("1✓ 2✓ 5✓", Golden.Checks(township)); // 3, 4 read persons: village rows only

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["labour"] = 10m,            // 9 + 1
            ["employed"] = 10m,          // 9 + 1
            ["farming"] = 4m,
            ["public_jobs"] = 1m,
            ["migrant"] = 7m,            // 4 + 3
            ["to_county"] = 1m,
            ["to_province"] = 1m,
            ["out_province"] = 3m,       // 2 + 1
            ["unemployed"] = 2m,
            ["migrant_pct"] = 70.0m,     // 7 / 10
        });
        Assert.Equal("1✓ 2✓ 5✓", Golden.Checks(county));
        Assert.Equal("截至2026年12月31日，清溪县共有劳动力10人，从业人员10人（其中务农4人、公益性岗位1人），失业2人；外出从业7人，占劳动力的70.0%，其中县内乡外1人、省内县外1人、省外3人。",
            county.Narrative);
    }
}
