using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// The shipped across-villages rules (issue 18): the same person in two villages of the county and a phone number shared
/// by more than five households across villages, found in the cold run and kept current by a save in either village,
/// each finding linking to the other records and naming the other villages only by name.
/// </summary>
public class AcrossVillageRuleTests
{
    private const string Shimen = ReportFixture.VillageA;      // 清溪镇石门村委会
    private const string Fengshu = "360835101200";              // 石桥镇枫树村委会

    private sealed class County(ReportFixture f) : IAsyncDisposable
    {
        private int _serial;
        public ReportFixture F => f;
        public Period Month { get; } = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        public FindingsDeriver Deriver { get; } = new(f.Store, RuleBook.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "rules"), f.Catalog),
            new RuleEvaluator());

        public async Task<Guid> HouseholdAsync(string village, string head)
        {
            var s = f.Store.OpenSession("test", ChangeSource.Import);
            var id = s.Create("household", village, new Dictionary<string, object?> { ["name"] = head }, ReportFixture.Jan1);
            await s.SaveChangesAsync();
            return id;
        }

        public async Task<Guid> PersonAsync(string village, Guid household, string name, int born, string? phone = null)
        {
            var s = f.Store.OpenSession("test", ChangeSource.Import);
            var id = s.Create("person", village, new Dictionary<string, object?>
            {
                ["name"] = name, ["household"] = household, ["id_number"] = ReportFixture.IdNumber(born, 3, 4, 100 + ++_serial), ["phone"] = phone,
            }, ReportFixture.Jan1);
            await s.SaveChangesAsync();
            return id;
        }

        public async Task ColdAsync()
        {
            var summary = await Deriver.RunAsync(new RegionTree(await f.Store.GetRegionsAsync()), RegionCode.Parse(ReportFixture.County), Month);
            Assert.True(summary.Failures.Count == 0, string.Join("\n", summary.Failures));
        }

        /// <summary>What a save in <paramref name="village"/> triggers: that village re-evaluated through the change feed's entry.</summary>
        public async Task SavedAsync(string village, EventKind kind, params string[] fields)
        {
            var tree = new RegionTree(await f.Store.GetRegionsAsync());
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var summary = await Deriver.RefreshChangesAsync(tree, [new ChangeFeedEntry(new FeedCursor(0, 1), village, Month.Key, "person", kind, fields)], today);
            Assert.True(summary.Failures.Count == 0, string.Join("\n", summary.Failures));
        }

        public async Task<IReadOnlyList<Finding>> FindingsAsync(string rule, bool resolved = false) =>
            (await f.Store.ListFindingsAsync(ReportFixture.County, Month.Key, includeResolved: resolved)).Where(x => x.RuleId == rule).ToList();

        public ValueTask DisposeAsync() => f.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ThePersonInTwoVillagesIsFoundInBothLinkedToTheOtherAndResolvedInBothWhenOneIsRetired(bool postgres)
    {
        if (postgres && Environment.GetEnvironmentVariable("FORMHUB_TEST_POSTGRES") is not { Length: > 0 }) return;
        await using var c = new County(await ReportFixture.CreateAsync(postgres));
        var here = await c.PersonAsync(Shimen, await c.HouseholdAsync(Shimen, "周大"), "周小红", 1988);
        var there = await c.PersonAsync(Fengshu, await c.HouseholdAsync(Fengshu, "吴二"), "周小红", 1988);
        // Same name, another birth date; and the same name and birth date within one village (the in-village rule's).
        await c.PersonAsync(Fengshu, await c.HouseholdAsync(Fengshu, "郑三"), "周小红", 1990);

        await c.ColdAsync();
        var found = await c.FindingsAsync("mz-person-in-two-villages");
        Assert.Equal(2, found.Count);
        var mine = Assert.Single(found, x => x.EntityId == here);
        Assert.Equal(Shimen, mine.VillageCode);
        Assert.Equal("周小红（周大户）与石桥镇枫树村委会登记的在册人员同名且出生日期相同，可能是同一人登记在两个村，请核实后注销重复的一条或更正身份证号", mine.Message);
        // The other village's household is not named in this village's finding; its record is linked by id and village only.
        Assert.DoesNotContain("吴二", mine.Message);
        Assert.Equal([new FindingLink(there, "person", Fengshu)], mine.Related);
        var theirs = Assert.Single(found, x => x.EntityId == there);
        Assert.Equal([new FindingLink(here, "person", Shimen)], theirs.Related);
        Assert.Contains("清溪镇石门村委会", theirs.Message);

        // A save in 枫树村 retires the duplicate: its finding and 石门村's are resolved in the same pass.
        var s = c.F.Store.OpenSession("test", ChangeSource.Form);
        s.Retire(there, (await c.F.Store.GetAsync(there))!.Version, ReportFixture.Jan1.AddDays(1), RetirementReason.Duplicate);
        await s.SaveChangesAsync();
        await c.SavedAsync(Fengshu, EventKind.Retired);
        Assert.Empty(await c.FindingsAsync("mz-person-in-two-villages"));
        Assert.All(await c.FindingsAsync("mz-person-in-two-villages", resolved: true), x => Assert.NotNull(x.ResolvedAt));
    }

    [Fact]
    public async Task AGroupMadeByASaveInOneVillageAppearsInTheOtherWithoutAColdRun()
    {
        await using var c = new County(await ReportFixture.CreateAsync());
        var here = await c.PersonAsync(Shimen, await c.HouseholdAsync(Shimen, "周大"), "周小红", 1988);
        await c.ColdAsync();
        Assert.Empty(await c.FindingsAsync("mz-person-in-two-villages"));

        var there = await c.PersonAsync(Fengshu, await c.HouseholdAsync(Fengshu, "吴二"), "周小红", 1988);
        await c.SavedAsync(Fengshu, EventKind.Created);
        var found = await c.FindingsAsync("mz-person-in-two-villages");
        Assert.Equal(new[] { here, there }.Order(), found.Select(x => x.EntityId).Order());
        Assert.Equal(there, Assert.Single(found, x => x.EntityId == here).Related.Single().EntityId);
    }

    /// <summary>
    /// A cold run over a county whose findings are already stored writes only what changed (it compares with the open
    /// findings it read once, and its across rules' second pass judges what the first kept of each village): a household
    /// renamed gets its finding's message rewritten, a duplicate retired resolves both villages' findings.
    /// </summary>
    [Fact]
    public async Task ASecondColdRunRewritesAChangedMessageAndResolvesWhatIsGoneButLeavesTheRestAsItWas()
    {
        await using var c = new County(await ReportFixture.CreateAsync());
        var household = await c.HouseholdAsync(Shimen, "周大");
        var here = await c.PersonAsync(Shimen, household, "周小红", 1988);
        var there = await c.PersonAsync(Fengshu, await c.HouseholdAsync(Fengshu, "吴二"), "周小红", 1988);
        await c.ColdAsync();
        var first = await c.FindingsAsync("mz-person-in-two-villages");
        Assert.Equal(2, first.Count);

        await c.ColdAsync();
        Assert.Equal(first.Select(f => (f.Id, f.Message, f.AppearedAt)).Order(), (await c.FindingsAsync("mz-person-in-two-villages")).Select(f => (f.Id, f.Message, f.AppearedAt)).Order());

        var s = c.F.Store.OpenSession("test", ChangeSource.Form);
        s.Change(household, (await c.F.Store.GetAsync(household))!.Version, new Dictionary<string, object?> { ["name"] = "周大伟" }, ReportFixture.Jan1);
        await s.SaveChangesAsync();
        await c.ColdAsync();
        var renamed = Assert.Single(await c.FindingsAsync("mz-person-in-two-villages"), f => f.EntityId == here);
        Assert.StartsWith("周小红（周大伟户）", renamed.Message);
        Assert.Equal(first.Single(f => f.EntityId == here).Id, renamed.Id);

        s = c.F.Store.OpenSession("test", ChangeSource.Form);
        s.Retire(there, (await c.F.Store.GetAsync(there))!.Version, ReportFixture.Jan1.AddDays(1), RetirementReason.Duplicate);
        await s.SaveChangesAsync();
        await c.ColdAsync();
        Assert.Empty(await c.FindingsAsync("mz-person-in-two-villages"));
    }

    /// <summary>
    /// Two servers take turns at the live-reports lease, each with its own across-villages index. While the other held it,
    /// a save made a group this server's index never saw; when it takes the lease again it must read the index anew,
    /// or its next pass over its own village judges the group from the stale index and resolves a finding still true.
    /// </summary>
    [Fact]
    public async Task AServerTakingTheLeaseBackForgetsItsAcrossIndexAndKeepsAGroupTheOtherServerMade()
    {
        await using var c = new County(await ReportFixture.CreateAsync());
        var rules = c.Deriver.Rules;
        LiveReportMaterializer Server(string name) => new(c.F.Store, c.F.Deriver(), holder: name,
            findings: new FindingsDeriver(c.F.Store, rules, new RuleEvaluator()));
        var (a, b) = (Server("server-a"), Server("server-b"));

        // Server A follows the feed first: the save in 石门村 builds its county index (only 石门村's 周小红 in it).
        var here = await c.PersonAsync(Shimen, await c.HouseholdAsync(Shimen, "周大"), "周小红", 1988);
        while (await a.ProcessPendingAsync() > 0) { }
        Assert.True(a.HoldsLease);
        Assert.Empty(await c.FindingsAsync("mz-person-in-two-villages"));
        await a.ReleaseLeaseAsync();

        // Server B holds the lease when 枫树村 registers the same person: both villages' findings appear.
        var there = await c.PersonAsync(Fengshu, await c.HouseholdAsync(Fengshu, "吴二"), "周小红", 1988);
        while (await b.ProcessPendingAsync() > 0) { }
        Assert.True(b.HoldsLease);
        Assert.Equal(new[] { here, there }.Order(), (await c.FindingsAsync("mz-person-in-two-villages")).Select(x => x.EntityId).Order());
        await b.ReleaseLeaseAsync();

        // Server A takes the lease back; a save in 石门村 (someone else registered) re-evaluates its village, and the group
        // it judges 周小红 by must hold 枫树村's record, which A's own passes never saw.
        await c.PersonAsync(Shimen, await c.HouseholdAsync(Shimen, "李四"), "李四", 1975);
        while (await a.ProcessPendingAsync() > 0) { }
        Assert.True(a.HoldsLease);
        Assert.Equal(new[] { here, there }.Order(), (await c.FindingsAsync("mz-person-in-two-villages")).Select(x => x.EntityId).Order());
    }

    [Fact]
    public async Task APhoneSharedBySixHouseholdsInTwoVillagesIsFoundAndResolvedEverywhereWhenOneHouseholdChangesIt()
    {
        await using var c = new County(await ReportFixture.CreateAsync());
        const string phone = "13912345678";
        var people = new List<(string Village, Guid Id)>();
        for (var i = 0; i < 4; i++) people.Add((Shimen, await c.PersonAsync(Shimen, await c.HouseholdAsync(Shimen, $"石{i}"), $"石人{i}", 1960 + i, phone)));
        for (var i = 0; i < 2; i++) people.Add((Fengshu, await c.PersonAsync(Fengshu, await c.HouseholdAsync(Fengshu, $"枫{i}"), $"枫人{i}", 1970 + i, phone)));
        // Six households of one village share another number: the in-village rule's case, not this one.
        for (var i = 0; i < 6; i++) await c.PersonAsync(Shimen, await c.HouseholdAsync(Shimen, $"本{i}"), $"本人{i}", 1950 + i, "13800000000");

        await c.ColdAsync();
        var found = await c.FindingsAsync("mz-phone-shared-across-villages");
        Assert.Equal(people.Select(p => p.Id).Order(), found.Select(x => x.EntityId).Order());
        var first = Assert.Single(found, x => x.EntityId == people[0].Id);
        Assert.Equal("石人0（石0户）的联系电话在全县登记了6户，分布在2个村（清溪镇石门村委会、石桥镇枫树村委会）", first.Message);
        Assert.Equal(5, first.Related.Count);
        Assert.Equal(2, first.Related.Count(l => l.VillageCode == Fengshu));

        // 枫树村 corrects one number: five households remain, and 石门村's four findings are resolved by that save too.
        var fix = people[5].Id;
        var s = c.F.Store.OpenSession("test", ChangeSource.Form);
        s.Change(fix, (await c.F.Store.GetAsync(fix))!.Version, new Dictionary<string, object?> { ["phone"] = "13700000000" }, ReportFixture.Jan1);
        await s.SaveChangesAsync();
        await c.SavedAsync(Fengshu, EventKind.Changed, "phone");
        Assert.Empty(await c.FindingsAsync("mz-phone-shared-across-villages"));
        Assert.Equal(6, (await c.FindingsAsync("mz-phone-shared-across-villages", resolved: true)).Count(x => x.ResolvedAt is not null));
    }
}
