using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// A cold rebuild racing a live save: the save lands after the rebuild read the village, and the live materializer writes
/// its rows (and rollups) before the rebuild writes its older ones. The rebuild must not leave them stale until the
/// village's next save.
/// </summary>
public class RebuildRaceTests
{
    [Theory]
    [InlineData(false, ReportFixture.VillageA)]
    [InlineData(false, ReportFixture.Township)]
    [InlineData(true, ReportFixture.VillageA)]
    [InlineData(true, ReportFixture.Township)]
    public async Task ASaveDerivedLiveWhileARebuildRanIsNotOverwrittenByTheRebuildsOlderRows(bool postgres, string heldUnit)
    {
        // heldUnit: the rebuild's write held until the save and its live pass ran: the village's rows (read before the
        // save) or the township's rollup (of the village's rows read before it).
        await using var f = await ReportFixture.CreateAsync(postgres);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var template = f.Compile(ReportFixture.DibaoPersonsTemplate);
        var live = f.Deriver(template);
        var materializer = new LiveReportMaterializer(f.Store, live);
        await materializer.ProcessPendingAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly);

        var store = SaveBeforeRowsLand.Around(f.Store, heldUnit, async () =>
        {
            var s = f.Store.OpenSession("cadre", ChangeSource.Form);
            s.Change(a, 1, new Dictionary<string, object?> { ["dibao_persons"] = 7 }, today);
            await s.SaveChangesAsync();
            // The live pass over the save (on PostgreSQL another transaction may hold the feed back for a moment).
            for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(20))
            {
                await materializer.ProcessPendingAsync();
                if (Equals((await live.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))?["persons"], 10m)) return;
            }
            throw new TimeoutException("the live pass did not derive the save");
        });
        var rebuild = new ReportDeriver(store, new TemplateLibrary([template]), new TemplateEvaluator(), new NarrativeRenderer()) { RebuildParallelism = 1 };

        await rebuild.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);

        Assert.Equal(7m, (await live.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["persons"]);
        Assert.Equal(10m, (await live.GetRowAsync("dibao", 1, month.Key, ReportFixture.Township))!["persons"]);
        Assert.Equal(10m, (await live.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);
    }
}
