using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>农村住户所在村基本情况年报 (tj-village-basic-yearly), 2026, worked by hand. Ages are at 2026-12-31.</summary>
public class TjVillageBasicYearlyGoldenTests
{
    [Fact]
    public async Task CountsHouseholdsPopulationAndTheLabourForceOnDecember31AndRecomputesPerHouseholdAndPerCapitaFigures()
    {
        await using var f = await ReportFixture.CreateAsync(clock: LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);

        // 石门村 (A): 3 households on the rolls all year, a 4th registered in 2027.
        var va = d.Village(Golden.A, new() { ["area_mu"] = 8000m, ["cultivated_land_mu"] = 2100.5m, ["villager_groups"] = 6L });
        var h1 = d.Household(Golden.A, "何一");
        var h2 = d.Household(Golden.A, "何二");
        var h3 = d.Household(Golden.A, "何三");
        var h4 = d.Household(Golden.A, "何四", from: new DateOnly(2027, 1, 10));
        d.Person(Golden.A, h1, "何大", d.Man(1980, 5, 5), new() { ["employment_status"] = "务工", ["migrant_worker"] = true, ["labor_ability"] = "普通劳动力" }); // 46
        d.Person(Golden.A, h1, "何嫂", d.Woman(1982, 6, 6), new() { ["employment_status"] = "务农" });         // 44
        d.Person(Golden.A, h1, "何小", d.Man(2010, 12, 31));                                                 // 16 on 12-31: labour
        d.Person(Golden.A, h1, "何妹", d.Woman(2011, 1, 1));                                                 // 15: not yet
        d.Person(Golden.A, h2, "何爷", d.Man(1961, 12, 31));                                                 // 65 on 12-31: past labour age
        d.Person(Golden.A, h2, "何姑", d.Woman(1962, 1, 1), new() { ["labor_ability"] = "丧失劳动力" });        // 64, cannot work
        d.Person(Golden.A, h2, "何生", d.Man(2005, 3, 3), new() { ["employment_status"] = "在校学生" });        // 21, student
        var a8 = d.Person(Golden.A, h3, "何婆", d.Woman(1970, 1, 1));                                        // dies 2026-06-15
        d.Person(Golden.A, h3, "何工", d.Man(1990, 9, 9), new() { ["employment_status"] = "务工", ["migrant_worker"] = true }); // 36
        d.Person(Golden.A, h4, "何新", d.Woman(1995, 2, 2), from: new DateOnly(2027, 1, 10));                // 2027

        // 上塘村 (B)
        d.Village(Golden.B, new() { ["area_mu"] = 5000.25m, ["cultivated_land_mu"] = 1200m, ["villager_groups"] = 4L });
        var k1 = d.Household(Golden.B, "许一");
        var k2 = d.Household(Golden.B, "许二");
        d.Person(Golden.B, k1, "许农", d.Man(1975, 1, 1), new() { ["employment_status"] = "务农" });           // 51
        d.Person(Golden.B, k1, "许工", d.Woman(1978, 2, 2), new() { ["employment_status"] = "务工", ["migrant_worker"] = true }); // 48
        d.Person(Golden.B, k2, "许老", d.Man(1950, 3, 3), new() { ["employment_status"] = "退休" });           // 76

        // 枫树村 (C): cultivated land larger than the village (error 3), and 2 households but 1 person (error 1).
        d.Village(Golden.C, new() { ["area_mu"] = 2500m, ["cultivated_land_mu"] = 3000m, ["villager_groups"] = 2L });
        var c1 = d.Household(Golden.C, "吕一");
        d.Household(Golden.C, "吕二");
        d.Person(Golden.C, c1, "吕工", d.Man(1985, 8, 8), new() { ["employment_status"] = "务工", ["migrant_worker"] = true }); // 41
        await d.SaveAsync();

        d.Retire(a8, new DateOnly(2026, 6, 15), RetirementReason.Death);
        d.Change(va, new() { ["cultivated_land_mu"] = 2200m }, new DateOnly(2027, 2, 1)); // land re-measured in 2027: not 2026's
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "tj-village-basic-yearly", "2026");

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["households"] = 3m,         // 何一, 何二, 何三 (何四 from 2027)
            ["persons"] = 8m,            // 10 entered − 何婆 (died) − 何新 (2027)
            ["labour"] = 4m,             // 何大, 何嫂, 何小 (16), 何工; not 何妹 15, 何爷 65, 何姑 cannot work, 何生 student
            ["migrant"] = 2m,            // 何大, 何工
            ["groups"] = 6m,
            ["area"] = 8000m,
            ["cultivated"] = 2100.5m,    // as of 12-31 (2200 only from 2027-02-01)
            ["per_hh"] = 2.67m,          // 8 / 3 = 2.666… → 2.67
            ["land_per_capita"] = 262.56m, // 2100.5 / 8 = 262.5625 → 262.56
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["households"] = 2m,
            ["persons"] = 3m,
            ["labour"] = 2m,             // 许农, 许工 (许老 76)
            ["migrant"] = 1m,            // 许工
            ["groups"] = 4m,
            ["area"] = 5000.25m,
            ["cultivated"] = 1200m,
            ["per_hh"] = 1.50m,          // 3 / 2
            ["land_per_capita"] = 400m,  // 1200 / 3
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓", Golden.Checks(b));

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["households"] = 2m,
            ["persons"] = 1m,
            ["labour"] = 1m,             // 吕工
            ["migrant"] = 1m,
            ["groups"] = 2m,
            ["area"] = 2500m,
            ["cultivated"] = 3000m,
            ["per_hh"] = 0.50m,          // 1 / 2
            ["land_per_capita"] = 3000m, // 3000 / 1
        });
        Assert.Equal("1✗ 2✓ 3✗ 4✓ 5✓", Golden.Checks(c)); // 1: 1 person < 2 households; 3: 3000 > 2500 mu

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["households"] = 5m,         // 3 + 2
            ["persons"] = 11m,           // 8 + 3
            ["labour"] = 6m,             // 4 + 2
            ["migrant"] = 3m,            // 2 + 1
            ["groups"] = 10m,            // 6 + 4
            ["area"] = 13000.25m,        // 8000 + 5000.25
            ["cultivated"] = 3300.5m,    // 2100.5 + 1200
            ["per_hh"] = 2.20m,          // 11 / 5
            ["land_per_capita"] = 300.05m, // 3300.5 / 11 = 300.0454… → 300.05
        });
        Assert.Equal("1✓ 2✓ 4✓ 5✓", Golden.Checks(township)); // 3 reads village: village rows only

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["households"] = 7m,         // 5 + 2
            ["persons"] = 12m,           // 11 + 1
            ["labour"] = 7m,             // 6 + 1
            ["migrant"] = 4m,            // 3 + 1
            ["groups"] = 12m,            // 10 + 2
            ["area"] = 15500.25m,        // 13000.25 + 2500
            ["cultivated"] = 6300.5m,    // 3300.5 + 3000
            ["per_hh"] = 1.71m,          // 12 / 7 = 1.714… → 1.71
            ["land_per_capita"] = 525.04m, // 6300.5 / 12 = 525.0416… → 525.04
        });
        Assert.Equal("1✓ 2✓ 4✓ 5✓", Golden.Checks(county));
        Assert.Equal("截至2026年12月31日，清溪县共有7户、户籍人口12人，户均1.71人；劳动力7人，其中外出务工4人。行政区域面积15500.25亩，耕地6300.50亩，人均耕地525.04亩。",
            county.Narrative);
    }
}
