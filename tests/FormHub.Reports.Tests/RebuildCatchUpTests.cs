using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// A rebuild's catch-up of the villages saved while it ran: a village that never stops saving is named, not thrown (the
/// rows are written by then, and a publish has committed its template), and one approved meanwhile keeps its frozen rows.
/// </summary>
public class RebuildCatchUpTests
{
    /// <summary>Village A with 2 persons on dibao, village B with 3, the dibao template, and this month.</summary>
    private static async Task<(ReportFixture F, Guid A, CompiledTemplate Template, DateOnly Today, Period Month)> TwoVillagesAsync(bool postgres)
    {
        var f = await ReportFixture.CreateAsync(postgres);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return (f, a, f.Compile(ReportFixture.DibaoPersonsTemplate), today, Period.Containing(today, PeriodType.Monthly));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AVillageStillSavingAfterTheCatchUpRoundsIsNamedAndTheRebuildCompletes(bool postgres)
    {
        var (f, a, template, today, month) = await TwoVillagesAsync(postgres);
        await using var _ = f;
        var (persons, version) = (2, 1);
        // Every write of village A's rows meets one more save of it: the catch-up never finds it still.
        var store = SaveBeforeRowsLand.Around(f.Store, ReportFixture.VillageA, async () =>
        {
            var s = f.Store.OpenSession("cadre", ChangeSource.Form);
            s.Change(a, version++, new Dictionary<string, object?> { ["dibao_persons"] = ++persons }, today);
            await s.SaveChangesAsync();
        }, times: int.MaxValue);
        var named = new List<string>();
        var rebuild = new ReportDeriver(store, new TemplateLibrary([template]), new TemplateEvaluator(), new NarrativeRenderer())
            { RebuildParallelism = 1, OnVillagesStillSaving = named.AddRange };

        var written = await rebuild.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);

        Assert.True(written > 0);
        Assert.Equal([ReportFixture.VillageA], named);
        Assert.NotNull(await f.Deriver(template).GetRowAsync("dibao", 1, month.Key, ReportFixture.County));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AVillageApprovedBetweenTheRebuildsWriteAndItsCatchUpKeepsItsApprovedRow(bool postgres)
    {
        var (f, a, template, today, month) = await TwoVillagesAsync(postgres);
        await using var _ = f;
        var deriver = f.Deriver(template);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);

        // Read by the rebuild before this: a save, then the month approved as its rows stood (2 persons).
        var store = SaveBeforeRowsLand.Around(f.Store, ReportFixture.VillageA, async () =>
        {
            var s = f.Store.OpenSession("cadre", ChangeSource.Form);
            s.Change(a, 1, new Dictionary<string, object?> { ["dibao_persons"] = 7 }, today);
            await s.SaveChangesAsync();
            await f.Store.SaveSubmissionAsync(Submission.NewDraft(ReportFixture.VillageA, month.Key) with { Status = SubmissionStatus.Approved }, 0,
                new AuditEntry(0, DateTimeOffset.UtcNow, "reviewer", "approve", ReportFixture.VillageA, month.Key, null));
        });
        var rebuild = new ReportDeriver(store, new TemplateLibrary([template]), new TemplateEvaluator(), new NarrativeRenderer()) { RebuildParallelism = 1 };

        await rebuild.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);

        Assert.Equal(2m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["persons"]);
        Assert.Equal(5m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);
    }
}
