using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>防止返贫监测对象月报 (xczx-monitoring-monthly), 2026-11, worked by hand.</summary>
public class XczxMonitoringMonthlyGoldenTests
{
    private static Dictionary<string, object?> Monitored(string? type, string? risk, DateOnly since, DateOnly? eliminated = null) => new()
    {
        ["monitoring_object"] = true, ["monitoring_type"] = type, ["risk_type"] = risk,
        ["monitoring_date"] = since, ["risk_eliminated_date"] = eliminated,
    };

    [Fact]
    public async Task CountsMonitoredHouseholdsAndTheirLivingMembersAndDatesNewAndEliminatedRiskAgainstTheMonthsBounds()
    {
        await using var f = await ReportFixture.CreateAsync();
        var d = new GoldenData(f);

        // 石门村 (A)
        var h1 = d.Household(Golden.A, "魏一", Monitored("脱贫不稳定户", "因病", new(2025, 3, 10), new(2026, 6, 30)));
        var h2 = d.Household(Golden.A, "魏二", Monitored("边缘易致贫户", "因学", new(2026, 11, 1)));       // new: first day of the month
        var h3 = d.Household(Golden.A, "魏三", Monitored("突发严重困难户", "因灾", new(2026, 11, 30), new(2026, 12, 5))); // new: last day; eliminated only in December
        var h4 = d.Household(Golden.A, "魏四", new() { ["monitoring_object"] = false });
        var h5 = d.Household(Golden.A, "魏五", Monitored("边缘易致贫户", "因残", new(2026, 10, 31), new(2026, 11, 30))); // eliminated on the last day
        var h6 = d.Household(Golden.A, "魏六", Monitored("边缘易致贫户", "因病", new(2026, 12, 2)), new DateOnly(2026, 12, 2)); // registered in December
        for (var i = 1; i <= 3; i++) d.Person(Golden.A, h1, $"魏一{i}", d.Man(1970 + i, 1, 1));
        d.Person(Golden.A, h2, "魏二甲", d.Woman(1980, 2, 2));
        var died = d.Person(Golden.A, h2, "魏二乙", d.Man(1950, 2, 2));                                   // dies 11-12
        d.Person(Golden.A, h3, "魏三甲", d.Man(1975, 3, 3));
        d.Person(Golden.A, h3, "魏三乙", d.Woman(1977, 3, 3));
        for (var i = 1; i <= 4; i++) d.Person(Golden.A, h4, $"魏四{i}", d.Woman(1960 + i, 4, 4));
        d.Person(Golden.A, h5, "魏五甲", d.Man(1955, 5, 5));
        d.Person(Golden.A, h6, "魏六甲", d.Woman(1985, 6, 6), from: new DateOnly(2026, 12, 2));

        // 上塘村 (B)
        var k1 = d.Household(Golden.B, "陶一", Monitored("突发严重困难户", "因意外事故", new(2026, 8, 8)));
        var k2 = d.Household(Golden.B, "陶二", Monitored("脱贫不稳定户", null, new(2026, 11, 15)));          // no risk type → warning 4
        for (var i = 1; i <= 4; i++) d.Person(Golden.B, k1, $"陶一{i}", d.Man(1965 + i, 1, 1));
        for (var i = 1; i <= 2; i++) d.Person(Golden.B, k2, $"陶二{i}", d.Woman(1985 + i, 2, 2));

        // 枫树村 (C): monitored without a type (error 3), no members on the roll (error 1: persons 0 < hh 1),
        // risk eliminated before monitoring began (warning 5).
        d.Household(Golden.C, "姜一", Monitored(null, "因病", new(2026, 5, 5), new(2026, 4, 4)));
        await d.SaveAsync();

        d.Retire(died, new DateOnly(2026, 11, 12), RetirementReason.Death);
        await d.SaveAsync();

        var r = await Golden.DeriveAsync(f, "xczx-monitoring-monthly", "2026-11");

        var a = await r.RowAsync(Golden.A);
        Golden.AssertRow(a, new()
        {
            ["hh"] = 4m,                 // 魏一, 魏二, 魏三, 魏五 (魏四 not monitored, 魏六 from December)
            ["persons"] = 7m,            // 3 + 1 (魏二乙 died) + 2 + 1
            ["unstable"] = 1m,           // 魏一
            ["marginal"] = 2m,           // 魏二, 魏五
            ["sudden"] = 1m,             // 魏三
            ["new_hh"] = 2m,             // 魏二 (11-01), 魏三 (11-30); 魏五 came in on 10-31
            ["eliminated"] = 2m,         // 魏一 (06-30), 魏五 (11-30); 魏三's is 12-05
            ["at_risk"] = 2m,            // 4 − 2
            ["eliminated_pct"] = 50.0m,  // 2 / 4
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✓ 5✓", Golden.Checks(a));

        var b = await r.RowAsync(Golden.B);
        Golden.AssertRow(b, new()
        {
            ["hh"] = 2m,
            ["persons"] = 6m,            // 4 + 2
            ["unstable"] = 1m,           // 陶二
            ["marginal"] = 0m,
            ["sudden"] = 1m,             // 陶一
            ["new_hh"] = 1m,             // 陶二 (11-15)
            ["eliminated"] = 0m,
            ["at_risk"] = 2m,
            ["eliminated_pct"] = 0.0m,   // 0 / 2
        });
        Assert.Equal("1✓ 2✓ 3✓ 4✗ 5✓", Golden.Checks(b)); // 4: 陶二 has no main risk

        var c = await r.RowAsync(Golden.C);
        Golden.AssertRow(c, new()
        {
            ["hh"] = 1m,
            ["persons"] = 0m,
            ["unstable"] = 0m,
            ["marginal"] = 0m,
            ["sudden"] = 0m,             // no type entered
            ["new_hh"] = 0m,
            ["eliminated"] = 1m,         // 04-04 ≤ 11-30
            ["at_risk"] = 0m,            // 1 − 1
            ["eliminated_pct"] = 100.0m, // 1 / 1
        });
        Assert.Equal("1✗ 2✓ 3✗ 4✓ 5✗", Golden.Checks(c));

        var township = await r.RowAsync(Golden.Township);
        Golden.AssertRow(township, new()
        {
            ["hh"] = 6m,                 // 4 + 2
            ["persons"] = 13m,           // 7 + 6
            ["unstable"] = 2m,           // 1 + 1
            ["marginal"] = 2m,           // 2 + 0
            ["sudden"] = 2m,             // 1 + 1
            ["new_hh"] = 3m,             // 2 + 1
            ["eliminated"] = 2m,         // 2 + 0
            ["at_risk"] = 4m,            // 2 + 2
            ["eliminated_pct"] = 33.3m,  // 2 / 6 = 33.333…% → 33.3
        });
        Assert.Equal("1✓ 2✓", Golden.Checks(township)); // 3, 4, 5 read households: village rows only

        var county = await r.RowAsync(Golden.County);
        Golden.AssertRow(county, new()
        {
            ["hh"] = 7m,                 // 6 + 1
            ["persons"] = 13m,           // 13 + 0
            ["unstable"] = 2m,
            ["marginal"] = 2m,
            ["sudden"] = 2m,
            ["new_hh"] = 3m,
            ["eliminated"] = 3m,         // 2 + 1
            ["at_risk"] = 4m,            // 4 + 0
            ["eliminated_pct"] = 42.9m,  // 3 / 7 = 42.857…% → 42.9
        });
        Assert.Equal("1✓ 2✓", Golden.Checks(county));
        Assert.Equal("截至2026年11月30日，清溪县共有防止返贫监测对象7户13人，其中脱贫不稳定户2户、边缘易致贫户2户、突发严重困难户2户；2026年11月新识别3户；已消除风险3户，风险消除率42.9%，尚有4户未消除风险。",
            county.Narrative);
    }
}
