using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>孤儿基本生活费发放月报 (mz-orphan-monthly), 2026-11, worked by hand. Ages are at 2026-11-30.</summary>
public class MzOrphanMonthlyGoldenTests
{
    [Fact]
    public async Task CountsOrphansByCareArrangementAndFlagsChildrenWhoTurnedEighteenByNovember30()
    {
        await using var f = await ReportFixture.CreateAsync();
        var d = new GoldenData(f);

        // 石门村 (A)
        var ha = d.Household(Golden.A, "蒋家");
        var o1 = d.Person(Golden.A, ha, "蒋一", d.Man(2015, 3, 3), new() { ["orphan_type"] = "集中养育孤儿" });
        d.Periodic(o1, "2026-11", "orphan_allowance_amount", 1650m);
        var o2 = d.Person(Golden.A, ha, "蒋二", d.Woman(2012, 6, 6), new() { ["orphan_type"] = "社会散居孤儿" });
        d.Periodic(o2, "2026-11", "orphan_allowance_amount", 1200m);
        var o3 = d.Person(Golden.A, ha, "蒋三", d.Man(2018, 9, 9), new() { ["orphan_type"] = "事实无人抚养儿童" });
        d.Periodic(o3, "2026-11", "orphan_allowance_amount", 1200m);
        var o4 = d.Person(Golden.A, ha, "蒋四", d.Woman(2008, 11, 30), new() { ["orphan_type"] = "社会散居孤儿" }); // 18 on 11-30 → warning 5
        d.Periodic(o4, "2026-11", "orphan_allowance_amount", 1200m);
        var o5 = d.Person(Golden.A, ha, "蒋五", d.Man(2008, 12, 1), new() { ["orphan_type"] = "社会散居孤儿" });   // 18 one day later: 17
        d.Periodic(o5, "2026-11", "orphan_allowance_amount", 1200m);
        var o6 = d.Person(Golden.A, ha, "蒋六", d.Woman(2017, 7, 7), new() { ["orphan_type"] = "事实无人抚养儿童" }); // moves out 11-10
        d.Periodic(o6, "2026-11", "orphan_allowance_amount", 1200m);

        // 上塘村 (B)
        var hb = d.Household(Golden.B, "沈家");
        var q1 = d.Person(Golden.B, hb, "沈一", d.Man(2016, 1, 1), new() { ["orphan_type"] = "社会散居孤儿" });
        d.Periodic(q1, "2026-11", "orphan_allowance_amount", 1200m);
        d.Person(Golden.B, hb, "沈二", d.Woman(2019, 5, 5), new() { ["orphan_type"] = "事实无人抚养儿童" }); // not paid yet → warning 4
        d.Person(Golden.B, hb, "沈三", d.Man(2014, 4, 4));                                                     // an ordinary child

        // 枫树村 (C): a child with no registered category is paid (error 2), so paid 2 > orphans + de-facto 1 (error 3).
        var hc = d.Household(Golden.C, "韩家");
        var c1 = d.Person(Golden.C, hc, "韩一", d.Man(2013, 3, 3));
        d.Periodic(c1, "2026-11", "orphan_allowance_amount", 1200m);
        var c2 = d.Person(Golden.C, hc, "韩二", d.Woman(2014, 4, 4), new() { ["orphan_type"] = "集中养育孤儿" });
        d.Periodic(c2, "2026-11", "orphan_allowance_amount", 1650m);
        await d.SaveAsync();

        d.Retire(o6, new DateOnly(2026, 11, 10), RetirementReason.MovedOut);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "mz-orphan-monthly", "2026-11");

        // A on 11-30: 蒋一 集中, 蒋二/蒋四/蒋五 散居, 蒋三 事实无人抚养; 蒋六 moved out on 11-10.
        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["orphans"] = 4m,            // 蒋一, 蒋二, 蒋四, 蒋五
            ["central"] = 1m,            // 蒋一
            ["scattered"] = 3m,          // 蒋二, 蒋四, 蒋五
            ["de_facto"] = 1m,           // 蒋三
            ["paid"] = 5m,               // all five
            ["funds"] = 6450m,           // 1650 + 4 × 1200
            ["avg"] = 1290m,             // 6450 / 5
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✗", Golden.Checks(a)); // 5: 蒋四 is 18 on 11-30 (蒋五 is not, yet)

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["orphans"] = 1m,            // 沈一
            ["central"] = 0m,
            ["scattered"] = 1m,
            ["de_facto"] = 1m,           // 沈二
            ["paid"] = 1m,
            ["funds"] = 1200m,
            ["avg"] = 1200m,
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗ 5✓", Golden.Checks(b)); // 4: 1 paid < 1 + 1

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["orphans"] = 1m,            // 韩二
            ["central"] = 1m,
            ["scattered"] = 0m,
            ["de_facto"] = 0m,
            ["paid"] = 2m,               // 韩一 (no category!) and 韩二
            ["funds"] = 2850m,           // 1200 + 1650
            ["avg"] = 1425m,             // 2850 / 2
        });
        Assert.Equal("1✓ 2✗ 3✗ 4✓ 5✓", Golden.Checks(c));

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["orphans"] = 5m,            // 4 + 1
            ["central"] = 1m,            // 1 + 0
            ["scattered"] = 4m,          // 3 + 1
            ["de_facto"] = 2m,           // 1 + 1
            ["paid"] = 6m,               // 5 + 1
            ["funds"] = 7650m,           // 6450 + 1200
            ["avg"] = 1275m,             // 7650 / 6
        });
        Assert.Equal("1✓ 3✓ 4✗", Golden.Checks(township)); // 2, 5 read persons: village rows only; 4: 6 < 5 + 2

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["orphans"] = 6m,            // 5 + 1
            ["central"] = 2m,            // 1 + 1
            ["scattered"] = 4m,
            ["de_facto"] = 2m,
            ["paid"] = 8m,               // 6 + 2
            ["funds"] = 10500m,          // 7650 + 2850
            ["avg"] = 1312.50m,          // 10500 / 8
        });
        Assert.Equal("1✓ 3✓ 4✓", Golden.Checks(county)); // 8 paid = 6 + 2
        Assert.Equal("截至2026年11月30日，清溪县共有孤儿6人（集中养育2人、社会散居4人），事实无人抚养儿童2人；2026年11月向8人发放基本生活费10500.00元，人均1312.50元。",
            county.Narrative);
    }
}
