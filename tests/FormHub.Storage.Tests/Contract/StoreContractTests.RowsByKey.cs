using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Report rows found by their keys at once (what a live pass compares its village rows with), as each single read finds it.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task RowsFoundByTheirKeysAtOnceAreThoseEachKeyReadsAlone()
    {
        await Store.SaveReportRowsAsync(
        [
            ReportRow("mz-dibao", 1, "2026-11", VillageA, OrgLevel.Village),
            ReportRow("mz-dibao", 1, "2026-11", VillageB, OrgLevel.Village),
            ReportRow("mz-dibao", 1, "2026-10", VillageA, OrgLevel.Village),
            ReportRow("mz-dibao", 2, "2026-11", VillageA, OrgLevel.Village),
            ReportRow("mz-dibao", 1, "2026-11", HomeCountyVillage, OrgLevel.Village),
        ]);
        ReportRowKey[] keys =
        [
            new("mz-dibao", 1, "2026-11", VillageA),
            new("mz-dibao", 1, "2026-11", VillageB),
            new("mz-dibao", 2, "2026-11", VillageA),
            new("mz-dibao", 1, "2026-10", VillageB), // no such row
            new("mz-dibao", 1, "2026-11", HomeCountyVillage),
            new("ny-quarterly", 1, "2026Q4", VillageA), // no such row
            new("mz-dibao", 1, "2026-11", VillageA),
        ];
        var found = await Store.FindReportRowsAsync(keys);

        Assert.Equal(4, found.Count);
        foreach (var key in keys.Distinct())
        {
            var alone = await Store.GetReportRowAsync(key.TemplateId, key.Version, key.Period, key.UnitCode);
            Assert.Equal(alone is null, !found.ContainsKey(key));
            if (alone is null) continue;
            Assert.Equal(alone, found[key]); // a record: every field, payload and stamp included
        }
        Assert.Empty(await Store.FindReportRowsAsync(Array.Empty<ReportRowKey>()));
    }
}
