using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Reports.Outliers;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// The outliers' kept village rows past their bound: the group (template, version, period, township) used least recently
/// is forgotten, not every row, so the groups a pass keeps using are still spared a payload read.
/// </summary>
public class KeptVillageRowsTests
{
    [Fact]
    public async Task PastTheBoundTheLeastRecentlyUsedGroupIsForgottenAndTheOthersKept()
    {
        await using var f = await ReportFixture.CreateAsync();
        Period[] months = [Period.Parse("2026-09"), Period.Parse("2026-10"), Period.Parse("2026-11")];
        var s = f.Store.OpenSession("test", ChangeSource.Import);
        var a = s.Create("village", ReportFixture.VillageA, new Dictionary<string, object?>(), new DateOnly(2025, 1, 1));
        var b = s.Create("village", ReportFixture.VillageB, new Dictionary<string, object?>(), new DateOnly(2025, 1, 1));
        for (var i = 0; i < months.Length; i++)
        {
            s.SetPeriodic(a, "hazards_found", months[i].Key, (long)(i + 1));
            s.SetPeriodic(b, "hazards_found", months[i].Key, 7L);
        }
        await s.SaveChangesAsync();
        var deriver = f.Deriver(f.Compile(OutlierTests.HazardsTemplate));
        foreach (var month in months) await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.Township), month);

        // How many village rows one month of the township has (the fixture's tree decides).
        var probe = new KeptVillageRows(f.Store, deriver.Library);
        await probe.ValuesAsync("hazards", [months[0]], ReportFixture.Township, default);
        var perMonth = probe.RowCount;
        Assert.True(perMonth >= 2);

        // Room for two months' rows.
        var kept = new KeptVillageRows(f.Store, deriver.Library, maxRows: 2 * perMonth);
        async Task<decimal?> FoundAtAAsync(Period month) =>
            (decimal?)(await kept.ValuesAsync("hazards", [month], ReportFixture.Township, default))[0][ReportFixture.VillageA]["found"];
        Assert.Equal(1m, await FoundAtAAsync(months[0]));
        Assert.Equal(2m, await FoundAtAAsync(months[1]));
        Assert.Equal((0, 2), kept.PeriodReads);
        Assert.Equal(1m, await FoundAtAAsync(months[0])); // September used again: October is now the least recent.
        Assert.Equal((1, 2), kept.PeriodReads);

        Assert.Equal(3m, await FoundAtAAsync(months[2])); // Past the bound: October goes, September stays.
        Assert.Equal((1, 3), kept.PeriodReads);
        Assert.Equal(2 * perMonth, kept.RowCount);
        Assert.Equal(1m, await FoundAtAAsync(months[0]));
        Assert.Equal((2, 3), kept.PeriodReads);
        Assert.Equal(2m, await FoundAtAAsync(months[1]));
        Assert.Equal((2, 4), kept.PeriodReads);
    }
}
