using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>Record rules follow the change feed with the live reports: a save re-evaluates only the rules it touches.</summary>
public class LiveFindingsTests
{
    private static FindingsDeriver Findings(ReportFixture f) =>
        new(f.Store, RuleBook.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "rules"), f.Catalog), new RuleEvaluator());

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APaymentSavedResolvesTheFindingThroughTheChangeFeed(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly);
        var s = f.Store.OpenSession("test", ChangeSource.Import);
        var hh = s.Create("household", ReportFixture.VillageA, new Dictionary<string, object?> { ["name"] = "钱一" }, ReportFixture.Jan1);
        var old = s.Create("person", ReportFixture.VillageA, new Dictionary<string, object?>
        {
            ["name"] = "钱老", ["household"] = hh, ["id_number"] = ReportFixture.IdNumber(1930, 1, 1, 101),
        }, ReportFixture.Jan1);
        await s.SaveChangesAsync();

        var findings = Findings(f);
        var tree = new RegionTree(await f.Store.GetRegionsAsync());
        await findings.RunAsync(tree, RegionCode.Parse(ReportFixture.County), month);
        Assert.Contains(await f.Store.ListFindingsAsync(ReportFixture.VillageA, month.Key), x => x.RuleId == "mz-elderly-unpaid" && x.EntityId == old);

        var materializer = new LiveReportMaterializer(f.Store, f.Deriver(f.Compile(ReportFixture.DibaoPersonsTemplate)), findings: findings);
        await materializer.ProcessPendingAsync(); // the seeding above
        var pay = f.Store.OpenSession("cadre", ChangeSource.Form);
        pay.SetPeriodic(old, "elderly_allowance_amount", month.Key, 100m);
        await pay.SaveChangesAsync();
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(20))
        {
            await materializer.ProcessPendingAsync();
            if (!(await f.Store.ListFindingsAsync(ReportFixture.VillageA, month.Key)).Any(x => x.EntityId == old && x.RuleId == "mz-elderly-unpaid")) break;
        }
        var all = await f.Store.ListFindingsAsync(ReportFixture.VillageA, month.Key, includeResolved: true);
        Assert.NotNull(Assert.Single(all, x => x.EntityId == old && x.RuleId == "mz-elderly-unpaid").ResolvedAt);
    }

    [Fact]
    public async Task AChangeNoRuleReadsEvaluatesNothingAndOneARuleReadsEvaluatesOnlyThoseRules()
    {
        await using var f = await ReportFixture.CreateAsync();
        var findings = Findings(f);
        var tree = new RegionTree(await f.Store.GetRegionsAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        ChangeFeedEntry Change(string type, params string[] fields) =>
            new(new FeedCursor(0, 1), ReportFixture.VillageA, Period.Containing(today, PeriodType.Monthly).Key, type, EventKind.Changed, fields);

        Assert.Equal(0, (await findings.RefreshChangesAsync(tree, [Change("person", "education")], today)).Villages);
        Assert.Equal(0, (await findings.RefreshChangesAsync(tree, [Change("village", "collective_income")], today)).Villages);
        Assert.Equal(1, (await findings.RefreshChangesAsync(tree, [Change("person", "employment_status")], today)).Villages);
        Assert.Equal(["rs-child-worker"], findings.Rules.Rules.Where(r => r.IsAffectedBy("person", false, ["employment_status"])).Select(r => r.Rule.Id));
    }
    /// <summary>
    /// A live pass writes a village's findings only when they differ from the open ones it read: a finding still true of
    /// the same record under the same rule but with another message and values must still be written.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFindingStillOpenWhoseMessageChangedIsRewrittenByTheLivePass(bool postgres)
    {
        if (postgres && Environment.GetEnvironmentVariable("FORMHUB_TEST_POSTGRES") is not { Length: > 0 }) return;
        await using var f = await ReportFixture.CreateAsync(postgres);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly);
        // 3 persons covered, nobody registered in the household: mz-dibao-persons-mismatch.
        var household = await f.AddHouseholdAsync(ReportFixture.VillageA, "郑一", "在保", 3);
        var findings = Findings(f);
        await findings.RunAsync(new RegionTree(await f.Store.GetRegionsAsync()), RegionCode.Parse(ReportFixture.County), month);
        async Task<Finding> MismatchAsync() => Assert.Single(await f.Store.ListFindingsAsync(ReportFixture.VillageA, month.Key),
            x => x.RuleId == "mz-dibao-persons-mismatch" && x.EntityId == household);
        var before = await MismatchAsync();
        Assert.Contains("为3人", before.Message);

        var materializer = new LiveReportMaterializer(f.Store, f.Deriver(f.Compile(ReportFixture.DibaoPersonsTemplate)), findings: findings);
        // The seeding above, then the change alone (PostgreSQL's feed may hold a save back a while): the pass that takes
        // the change is one with nothing else to write.
        await SettledPasses.RunAsync(f.Store, materializer);
        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(household, (await f.Store.GetAsync(household))!.Version, new Dictionary<string, object?> { ["dibao_persons"] = 4 }, today);
        await s.SaveChangesAsync();
        await SettledPasses.RunAsync(f.Store, materializer);
        var after = await MismatchAsync();
        Assert.Contains("为4人", after.Message);
        Assert.Equal(before.Id, after.Id);
    }
}
