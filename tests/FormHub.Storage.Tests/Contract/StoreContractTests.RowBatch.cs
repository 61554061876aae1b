using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>The rows a live pass's rollups of one level read, many scopes at once (issue 12).</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TheRowsOfManyScopesAreReadAtOnceAsEachWouldBeReadAlone()
    {
        const string Township = "361025101000", OtherTownship = "361025102000", County = "361025000000";
        await Store.SaveReportRowsAsync(
        [
            ReportRow("mz-dibao", 1, "2026-11", VillageA, OrgLevel.Village),
            ReportRow("mz-dibao", 1, "2026-11", VillageB, OrgLevel.Village),
            ReportRow("mz-dibao", 1, "2026-11", Township, OrgLevel.Township),
            ReportRow("mz-dibao", 1, "2026-11", PassVillage(3), OrgLevel.Village),
            ReportRow("mz-dibao", 1, "2026-11", OtherTownship, OrgLevel.Township),
            ReportRow("mz-dibao", 1, "2026-10", VillageA, OrgLevel.Village),
            ReportRow("mz-dibao", 2, "2026-11", VillageB, OrgLevel.Village),
            ReportRow("ny-quarterly", 1, "2026Q4", VillageA, OrgLevel.Village),
            ReportRow("mz-dibao", 1, "2026-11", HomeCountyVillage, OrgLevel.Village),
            ReportRow("mz-dibao", 1, "2026-11", County, OrgLevel.County),
        ]);

        ReportRowScope[] scopes =
        [
            new("mz-dibao", 1, "2026-11", Township, OrgLevel.Village),
            new("mz-dibao", 1, "2026-11", OtherTownship, OrgLevel.Village),
            new("mz-dibao", 1, "2026-10", Township, OrgLevel.Village),
            new("mz-dibao", 2, "2026-11", Township, OrgLevel.Village),
            new("ny-quarterly", 1, "2026Q4", Township, OrgLevel.Village),
            new("mz-dibao", 1, "2026-11", County, OrgLevel.Township),
            new("mz-dibao", 1, "2026-11", County, OrgLevel.Village),
            new("mz-dibao", 1, "2026-11", "361026000000", OrgLevel.Village),
            new("mz-dibao", 1, "2026-11", "361000000000", OrgLevel.County),
            new("mz-dibao", 1, "2026-12", Township, OrgLevel.Village),
            new("mz-dibao", 1, "2026-11", Township, OrgLevel.Village),
        ];
        var rows = await Store.GetReportRowsAsync(scopes);

        Assert.Equal(scopes.Distinct().Count(), rows.Count);
        Assert.Equal([VillageA, VillageB], rows[scopes[0]].Select(r => r.UnitCode));
        Assert.Equal([PassVillage(3)], rows[scopes[1]].Select(r => r.UnitCode));
        Assert.Empty(rows[scopes[9]]);
        // Each scope as its own read answers it: the same rows, in the same order, payloads and stamps included.
        foreach (var scope in scopes)
        {
            var alone = await Store.GetReportRowsAsync(scope.TemplateId, scope.Version, scope.Period, scope.UnderUnit, scope.Level);
            Assert.Equal(alone, rows[scope]);
        }
        Assert.Empty(await Store.GetReportRowsAsync(Array.Empty<ReportRowScope>()));
    }

    /// <summary>A stored row whose payload names its unit and period, computed now.</summary>
    private StoredReportRow ReportRow(string template, int version, string period, string unit, OrgLevel level) =>
        new(template, version, period, unit, (int)level, $$"""{"unit":"{{unit}}","period":"{{period}}"}""", Clock.GetUtcNow());
}
