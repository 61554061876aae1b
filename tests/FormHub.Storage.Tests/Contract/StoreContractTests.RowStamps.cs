using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// Report rows' stamps (what the live outliers check their kept rows against): the rows of a level under a unit for several
/// template versions and periods at once, each with when it was computed, which a rewrite of the row moves.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ReportRowStampsAreReadForSeveralPeriodsAtOnceAndMoveWhenARowIsWritten()
    {
        var at = Clock.GetUtcNow();
        await SaveSampleReportRowsAsync(at);
        await Store.SaveReportRowsAsync(
        [
            new StoredReportRow("mz-dibao", 2, "2026-09", VillageA, 5, "{\"values\":{\"hh\":9}}", at),
            new StoredReportRow("mz-dibao", 1, "2026-09", VillageB, 5, "{\"values\":{\"hh\":9}}", at),
            new StoredReportRow("other", 1, "2026-10", VillageB, 5, "{\"values\":{\"hh\":9}}", at),
            // A village of the city's other county (on its own shard when sharded).
            new StoredReportRow("mz-dibao", 1, "2026-11", OtherCountyVillage, 5, "{\"values\":{\"hh\":7}}", at),
        ]);
        (int, string)[] periods = [(1, "2026-11"), (1, "2026-10"), (2, "2026-09")];

        var stamps = await Store.GetReportRowStampsAsync("mz-dibao", periods, "361025101000", OrgLevel.Village);
        Assert.Equal([(1, "2026-10", VillageA), (1, "2026-11", VillageA), (1, "2026-11", VillageB), (2, "2026-09", VillageA)],
            stamps.Select(s => (s.Version, s.Period, s.UnitCode)).Order());
        Assert.All(stamps, s => Assert.Equal(at, s.ComputedAt));
        // Under a city the villages of both its counties (rows are kept by county; a city spans several), under a
        // county only its own.
        var city = await Store.GetReportRowStampsAsync("mz-dibao", periods, "361000000000", OrgLevel.Village);
        Assert.Equal(5, city.Count);
        Assert.Equal(at, city.Single(s => s.UnitCode == OtherCountyVillage).ComputedAt);
        Assert.Equal(4, (await Store.GetReportRowStampsAsync("mz-dibao", periods, "361025000000", OrgLevel.Village)).Count);
        Assert.Equal(OtherCountyVillage, Assert.Single(await Store.GetReportRowStampsAsync("mz-dibao", periods, "361026000000", OrgLevel.Village)).UnitCode);
        Assert.Equal("361025101000", Assert.Single(await Store.GetReportRowStampsAsync("mz-dibao", periods, "361025000000", OrgLevel.Township)).UnitCode);

        var later = at.AddMinutes(1);
        await Store.SaveReportRowsAsync([new StoredReportRow("mz-dibao", 1, "2026-10", VillageA, 5, "{\"values\":{\"hh\":4}}", later)]);
        var again = await Store.GetReportRowStampsAsync("mz-dibao", periods, "361025101000", OrgLevel.Village);
        Assert.Equal(later, again.Single(s => s.Period == "2026-10").ComputedAt);
        Assert.Equal(3, again.Count(s => s.ComputedAt == at));
    }

    /// <summary>A village of 361026, the other county under the test county's city (the home shard's when sharded).</summary>
    private const string OtherCountyVillage = "361026101201";

    /// <summary>Villages A and B and their township for 2026-11, A for 2026-10, and A under version 2 for 2026-11.</summary>
    private Task SaveSampleReportRowsAsync(DateTimeOffset at) => Store.SaveReportRowsAsync(
    [
        new StoredReportRow("mz-dibao", 1, "2026-11", VillageA, 5, "{\"values\":{\"hh\":1}}", at),
        new StoredReportRow("mz-dibao", 1, "2026-11", VillageB, 5, "{\"values\":{\"hh\":2}}", at),
        new StoredReportRow("mz-dibao", 1, "2026-11", "361025101000", 4, "{\"values\":{\"hh\":3}}", at),
        new StoredReportRow("mz-dibao", 1, "2026-10", VillageA, 5, "{\"values\":{\"hh\":0}}", at),
        new StoredReportRow("mz-dibao", 2, "2026-11", VillageA, 5, "{\"values\":{\"hh\":9}}", at),
    ]);
}
