using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// A cold rebuild derives the earlier months a prev() template misses village by village, each month from one read of the
/// village as of all their ends: every row must be what rebuilding the months one by one, oldest first, stores.
/// </summary>
public class RebuildChainTests
{
    // The fixture's 低保人数 template with a count, a periodic sum and a change against last month (prev()).
    private const string Trend = ReportFixture.DibaoPersonsTemplate + "\n" + """
          - id: hh
            title: 户数
            value: count(households)
          - id: amount
            title: 低保金
            value: "sum(households, 'dibao_amount')"
          - id: change
            title: 比上月增减
            value: "prev('persons') === null ? null : row.persons - prev('persons')"
            rollup: recompute
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheEarlierMonthsARebuildDerivesAreWhatRebuildingThemOneByOneGives(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        // Changes through the year, so that each month end reads the villages differently: created, changed, retired.
        var a1 = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var a2 = await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 3, new DateOnly(2026, 3, 10));
        var b1 = await f.AddHouseholdAsync(ReportFixture.VillageB, "丙", "在保", 1, new DateOnly(2026, 2, 1));
        var s = f.Store.OpenSession("test", ChangeSource.Import);
        s.Change(a1, 1, new Dictionary<string, object?> { ["dibao_persons"] = 4 }, new DateOnly(2026, 5, 1));
        s.Retire(a2, 1, new DateOnly(2026, 8, 20), RetirementReason.Other);
        s.Change(b1, 1, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, new DateOnly(2026, 10, 3));
        await s.SaveChangesAsync();
        // Monthly amounts in some months: each month takes its own from the one periodic read of all of them.
        s = f.Store.OpenSession("test", ChangeSource.Import);
        s.SetPeriodic(a1, "dibao_amount", "2026-03", 500m);
        s.SetPeriodic(a1, "dibao_amount", "2026-06", 620m);
        s.SetPeriodic(b1, "dibao_amount", "2026-06", 100m);
        await s.SaveChangesAsync();
        var deriver = f.Deriver(f.Compile(Trend));
        var county = RegionCode.Parse(ReportFixture.County);
        var months = new List<Period>();
        for (var p = Period.Parse("2026-11"); months.Count < 12; p = p.Previous) months.Insert(0, p);
        string[] units = [ReportFixture.VillageA, ReportFixture.VillageB, ReportFixture.Township, ReportFixture.County];

        // One cold rebuild of November derives the eleven months before it first.
        await deriver.RebuildAsync(county, months[^1]);
        var chained = await RowsAsync();
        Assert.Equal(7m, chained[("2026-05", ReportFixture.VillageA)]["persons"]);
        Assert.Equal(2m, chained[("2026-05", ReportFixture.VillageA)]["change"]);
        Assert.Equal(-3m, chained[("2026-08", ReportFixture.VillageA)]["change"]);
        Assert.Equal(4m, chained[("2026-10", ReportFixture.County)]["change"]);
        Assert.Equal(500m, chained[("2026-03", ReportFixture.VillageA)]["amount"]);
        Assert.Equal(720m, chained[("2026-06", ReportFixture.County)]["amount"]);
        Assert.Equal(0m, chained[("2026-07", ReportFixture.VillageA)]["amount"]);

        // Then each month again, oldest first: each reads the month before it as stored.
        foreach (var month in months) await deriver.RebuildAsync(county, month);
        var oneByOne = await RowsAsync();
        Assert.Equal(oneByOne.Keys.Order(), chained.Keys.Order());
        foreach (var (key, values) in oneByOne)
            Assert.True(values.OrderBy(v => v.Key).SequenceEqual(chained[key].OrderBy(v => v.Key)), $"{key}: {string.Join(", ", values)} against {string.Join(", ", chained[key])}");

        async Task<Dictionary<(string Period, string Unit), IReadOnlyDictionary<string, object?>>> RowsAsync()
        {
            var rows = new Dictionary<(string, string), IReadOnlyDictionary<string, object?>>();
            foreach (var month in months)
            foreach (var unit in units)
            {
                var row = await deriver.GetRowAsync("dibao", 1, month.Key, unit);
                Assert.NotNull(row);
                rows[(month.Key, unit)] = row.Values;
            }
            return rows;
        }
    }
}
