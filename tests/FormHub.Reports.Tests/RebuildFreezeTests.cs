using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>A cold rebuild leaves an approved month's rows as approved; only an admin's recorded revision rewrites them.</summary>
public class RebuildFreezeTests
{
    private const string Template = ReportFixture.DibaoPersonsTemplate;

    private static async Task<(ReportFixture F, ReportDeriver Deriver, Period Month)> ApprovedVillageAWithALaterChangeAsync(bool postgres)
    {
        var f = await ReportFixture.CreateAsync(postgres);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var deriver = f.Deriver(f.Compile(Template));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);
        await f.Store.SaveSubmissionAsync(Submission.NewDraft(ReportFixture.VillageA, month.Key) with { Status = SubmissionStatus.Approved }, 0,
            new AuditEntry(0, DateTimeOffset.UtcNow, "reviewer", "approve", ReportFixture.VillageA, month.Key, null));
        // Stored after the approval by a path that did not ask (a bulk load, a fix in the database).
        var s = f.Store.OpenSession("import", ChangeSource.Import);
        s.Change(a, 1, new Dictionary<string, object?> { ["dibao_persons"] = 9 }, today);
        await s.SaveChangesAsync();
        return (f, deriver, month);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARebuildLeavesAnApprovedVillagesRowsAsApprovedAndRollsThemUpAsTheyAre(bool postgres)
    {
        var (f, deriver, month) = await ApprovedVillageAWithALaterChangeAsync(postgres);
        await using var _ = f;
        var approved = (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!;

        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);

        var after = (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!;
        Assert.Equal(2m, after["persons"]);
        Assert.Equal(approved.ComputedAt, after.ComputedAt);
        Assert.Equal(5m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);
        Assert.DoesNotContain(await f.Store.ListAuditAsync(null, month.Key), e => e.Action == RebuildRevision.AuditAction);
    }

    [Fact]
    public async Task ARebuildAskedToReviseRewritesTheApprovedRowsAndRecordsWhoAndWhy()
    {
        var (f, deriver, month) = await ApprovedVillageAWithALaterChangeAsync(postgres: false);
        await using var _ = f;

        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month, revision: new RebuildRevision("admin", "模板口径更正"));

        Assert.Equal(9m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["persons"]);
        Assert.Equal(12m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);
        var audit = Assert.Single(await f.Store.ListAuditAsync(null, month.Key), e => e.Action == RebuildRevision.AuditAction);
        Assert.Equal(("admin", ReportFixture.VillageA), (audit.User, audit.UnitCode));
        Assert.Contains("模板口径更正", audit.Detail);
    }
}
