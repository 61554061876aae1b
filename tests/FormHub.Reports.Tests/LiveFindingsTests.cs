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
}
