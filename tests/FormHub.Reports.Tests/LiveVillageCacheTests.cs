using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// The live materializer keeps the villages it derived between passes (<see cref="LiveVillageCache"/>) and patches them
/// from the feed: every kind of saved change after a kept pass still reaches the rows and the findings.
/// </summary>
public class LiveVillageCacheTests
{
    // The fixture's 低保人数 template with a count and a periodic sum beside it.
    private const string Template = ReportFixture.DibaoPersonsTemplate + """

          - id: households
            title: 户数
            value: count(households)
          - id: funds
            title: 发放金额
            value: sum(households, 'dibao_amount')
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EverySavedChangeAfterAKeptPassReachesTheRow(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        var deriver = f.Deriver(f.Compile(Template));
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        // After a save (not again for a second column of the same state): the pass that takes the save's changes first.
        async Task<object?> Cell(string column, bool afterSave = true)
        {
            if (afterSave) await SettledPasses.RunAsync(f.Store, materializer);
            return (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))?[column];
        }

        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var pay = f.Store.OpenSession("cadre", ChangeSource.Form);
        pay.SetPeriodic(a, "dibao_amount", month.Key, 100m);
        await pay.SaveChangesAsync();
        Assert.Equal(2m, await Cell("persons"));
        Assert.Equal(100m, await Cell("funds", afterSave: false));
        Assert.Equal(1, materializer.Kept!.Count); // the village is kept: what follows is patched, not read again

        // An attribute changed from this month on.
        var change = f.Store.OpenSession("cadre", ChangeSource.Form);
        change.Change(a, (await f.Store.GetAsync(a))!.Version, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, month.Start);
        await change.SaveChangesAsync();
        Assert.Equal(3m, await Cell("persons"));

        // A periodic value changed.
        var again = f.Store.OpenSession("cadre", ChangeSource.Form);
        again.SetPeriodic(a, "dibao_amount", month.Key, 150m);
        await again.SaveChangesAsync();
        Assert.Equal(150m, await Cell("funds"));

        // A new household.
        var b = await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 4);
        Assert.Equal(7m, await Cell("persons"));
        Assert.Equal(2m, await Cell("households", afterSave: false));

        // A retirement.
        var retire = f.Store.OpenSession("cadre", ChangeSource.Form);
        retire.Retire(a, (await f.Store.GetAsync(a))!.Version, month.Start, RetirementReason.Dissolved);
        await retire.SaveChangesAsync();
        Assert.Equal(4m, await Cell("persons"));
        Assert.Equal(1m, await Cell("households", afterSave: false));

        // A back-dated change (from January, before everything above).
        var backDated = f.Store.OpenSession("cadre", ChangeSource.Form);
        backDated.Change(b, (await f.Store.GetAsync(b))!.Version, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, ReportFixture.Jan1);
        await backDated.SaveChangesAsync();
        Assert.Equal(5m, await Cell("persons"));
        Assert.Equal(1, materializer.Kept.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FindingsFollowSavedChangesAfterAKeptPass(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        var findings = new FindingsDeriver(f.Store, RuleBook.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "rules"), f.Catalog), new RuleEvaluator());
        var materializer = new LiveReportMaterializer(f.Store, f.Deriver(f.Compile(Template)), findings: findings);
        async Task<bool> Unpaid(Guid person)
        {
            await SettledPasses.RunAsync(f.Store, materializer);
            return (await f.Store.ListFindingsAsync(ReportFixture.VillageA, month.Key)).Any(x => x.RuleId == "mz-elderly-unpaid" && x.EntityId == person);
        }
        Guid AddElder(IStoreSession s, Guid household, int serial) => s.Create("person", ReportFixture.VillageA, new Dictionary<string, object?>
        {
            ["name"] = "钱老" + serial, ["household"] = household, ["id_number"] = ReportFixture.IdNumber(1930, 1, 1, serial),
        }, ReportFixture.Jan1);

        var seed = f.Store.OpenSession("test", ChangeSource.Import);
        var hh = seed.Create("household", ReportFixture.VillageA, new Dictionary<string, object?> { ["name"] = "钱一" }, ReportFixture.Jan1);
        var first = AddElder(seed, hh, 101);
        await seed.SaveChangesAsync();
        Assert.True(await Unpaid(first));
        Assert.Equal(1, materializer.Kept!.Count);

        var pay = f.Store.OpenSession("cadre", ChangeSource.Form);
        pay.SetPeriodic(first, "elderly_allowance_amount", month.Key, 100m);
        await pay.SaveChangesAsync();
        Assert.False(await Unpaid(first));

        var added = f.Store.OpenSession("cadre", ChangeSource.Form);
        var second = AddElder(added, hh, 103);
        await added.SaveChangesAsync();
        Assert.True(await Unpaid(second));

        var cleared = f.Store.OpenSession("cadre", ChangeSource.Form);
        cleared.SetPeriodic(first, "elderly_allowance_amount", month.Key, null);
        await cleared.SaveChangesAsync();
        Assert.True(await Unpaid(first));
    }

    [Fact]
    public async Task AKeptPassConvertsOnlyTheChangedEntitiesAgain()
    {
        await using var f = await ReportFixture.CreateAsync();
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        var deriver = f.Deriver(f.Compile(Template));
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var b = await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 4);
        await materializer.ProcessPendingAsync();
        // Each household's first periodic value: both are then kept for this month only (the earlier months the
        // creations derived lose them as they change).
        foreach (var (id, amount) in new[] { (b, 50m), (a, 70m) })
        {
            var first = f.Store.OpenSession("cadre", ChangeSource.Form);
            first.SetPeriodic(id, "dibao_amount", month.Key, amount);
            await first.SaveChangesAsync();
            await materializer.ProcessPendingAsync();
        }
        var kept = materializer.Kept!.ScopeEntitiesKept;
        Assert.True(kept >= 2); // both households' scope entities for this month are kept for the next pass

        // Only the other household changed: it is converted again with its value, the first one's is taken as kept.
        var pay = f.Store.OpenSession("cadre", ChangeSource.Form);
        pay.SetPeriodic(a, "dibao_amount", month.Key, 80m);
        await pay.SaveChangesAsync();
        await materializer.ProcessPendingAsync();
        var row = (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!;
        Assert.Equal(130m, row["funds"]);
        Assert.Equal(6m, row["persons"]);
        Assert.Equal(kept, materializer.Kept.ScopeEntitiesKept);
    }

    [Fact]
    public async Task AKeptPassReadsEachChangedDocumentOnceForEveryKeptDayAndOnlyWhatTheChangeTouched()
    {
        var (f, month, deriver, calls, materializer) = await CountedAsync();
        await using var _ = f;
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var b = await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 4);
        var pay = f.Store.OpenSession("cadre", ChangeSource.Form);
        pay.SetPeriodic(a, "dibao_amount", month.Key, 100m);
        await pay.SaveChangesAsync();
        await materializer.ProcessPendingAsync();

        // A periodic value only: the documents stand as kept, only the entity's periodic values are read again.
        calls.Clear();
        pay = f.Store.OpenSession("cadre", ChangeSource.Form);
        pay.SetPeriodic(b, "dibao_amount", month.Key, 50m);
        await pay.SaveChangesAsync();
        await materializer.ProcessPendingAsync();
        Assert.Equal(150m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["funds"]);
        Assert.Equal(0, calls.Count(nameof(IFormHubStore.GetManyAsOfDaysAsync)) + calls.Count(nameof(IFormHubStore.GetAsOfAsync)));
        Assert.Equal(1, calls.Count(nameof(IFormHubStore.GetPeriodicValuesAsync)));

        // Two attributes: both documents in one read for every kept day, no periodic value read again.
        calls.Clear();
        var change = f.Store.OpenSession("cadre", ChangeSource.Form);
        change.Change(a, (await f.Store.GetAsync(a))!.Version, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, month.Start);
        change.Change(b, (await f.Store.GetAsync(b))!.Version, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, month.Start);
        await change.SaveChangesAsync();
        await materializer.ProcessPendingAsync();
        var row = (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!;
        Assert.Equal((8m, 150m), (row["persons"], row["funds"]));
        Assert.Equal(1, calls.Count(nameof(IFormHubStore.GetManyAsOfDaysAsync)));
        Assert.Equal(0, calls.Count(nameof(IFormHubStore.GetAsOfAsync)) + calls.Count(nameof(IFormHubStore.GetPeriodicValuesAsync)));
    }

    [Fact]
    public async Task APassReadsTheChangesOfAllItsKeptVillagesAtOnce()
    {
        var (f, month, deriver, calls, materializer) = await CountedAsync();
        await using var _ = f;
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var b = await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 4);
        await materializer.ProcessPendingAsync();
        Assert.Equal(2, materializer.Kept!.Count);

        // Both villages changed in one pass, each an attribute and a periodic value: one read of the documents, one of the values.
        calls.Clear();
        var change = f.Store.OpenSession("cadre", ChangeSource.Form);
        change.Change(a, (await f.Store.GetAsync(a))!.Version, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, month.Start);
        change.Change(b, (await f.Store.GetAsync(b))!.Version, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, month.Start);
        change.SetPeriodic(a, "dibao_amount", month.Key, 100m);
        change.SetPeriodic(b, "dibao_amount", month.Key, 40m);
        await change.SaveChangesAsync();
        await materializer.ProcessPendingAsync();
        var rowA = (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!;
        var rowB = (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageB))!;
        Assert.Equal((3m, 100m, 5m, 40m), (rowA["persons"], rowA["funds"], rowB["persons"], rowB["funds"]));
        Assert.Equal(1, calls.Count(nameof(IFormHubStore.GetManyAsOfDaysAsync)));
        Assert.Equal(1, calls.Count(nameof(IFormHubStore.GetPeriodicValuesAsync)));
        Assert.Equal(0, calls.Count(nameof(IFormHubStore.ListVillageAsOfAsync)) + calls.Count(nameof(IFormHubStore.GetAsOfAsync)));
    }

    [Fact]
    public async Task TheRulesTakeTheKeptVillagesScopeEntitiesOfTheMonth()
    {
        // The template reads households only: the persons' scope entities of the month are the rules' own, kept beside them.
        var (withoutRules, _) = await KeptAfterAnElderAsync(rules: false);
        var (withRules, afterPayment) = await KeptAfterAnElderAsync(rules: true);
        Assert.True(withRules > withoutRules, $"{withRules} scope entities kept with the rules, {withoutRules} without");
        // The paid elder converted again (with the value) for the month, the finding resolved.
        Assert.True(afterPayment >= withoutRules + 1, $"{afterPayment} kept after the payment");
    }

    /// <summary>A household with an unpaid elder, then the payment; the scope entities kept after each, with or without the rules.</summary>
    private static async Task<(int Seeded, int Paid)> KeptAfterAnElderAsync(bool rules)
    {
        await using var f = await ReportFixture.CreateAsync();
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        var findings = rules ? new FindingsDeriver(f.Store, RuleBook.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "rules"), f.Catalog), new RuleEvaluator()) : null;
        var materializer = new LiveReportMaterializer(f.Store, f.Deriver(f.Compile(Template)), findings: findings);
        var seed = f.Store.OpenSession("test", ChangeSource.Import);
        var hh = seed.Create("household", ReportFixture.VillageA, new Dictionary<string, object?> { ["name"] = "钱一" }, ReportFixture.Jan1);
        var elder = seed.Create("person", ReportFixture.VillageA, new Dictionary<string, object?>
        {
            ["name"] = "钱老", ["household"] = hh, ["id_number"] = ReportFixture.IdNumber(1930, 1, 1, 101),
        }, ReportFixture.Jan1);
        await seed.SaveChangesAsync();
        await SettledPasses.RunAsync(f.Store, materializer);
        var seeded = materializer.Kept!.ScopeEntitiesKept;
        bool Unpaid(IEnumerable<Finding> open) => open.Any(x => x.RuleId == "mz-elderly-unpaid" && x.EntityId == elder);
        if (rules) Assert.True(Unpaid(await f.Store.ListFindingsAsync(ReportFixture.VillageA, month.Key)));

        var pay = f.Store.OpenSession("cadre", ChangeSource.Form);
        pay.SetPeriodic(elder, "elderly_allowance_amount", month.Key, 100m);
        await pay.SaveChangesAsync();
        await SettledPasses.RunAsync(f.Store, materializer);
        if (rules) Assert.False(Unpaid(await f.Store.ListFindingsAsync(ReportFixture.VillageA, month.Key)));
        return (seeded, materializer.Kept.ScopeEntitiesKept);
    }

    [Fact]
    public async Task AMaterializerThatDidNotMoveTheCursorItselfForgetsItsVillages()
    {
        await using var f = await ReportFixture.CreateAsync();
        var deriver = f.Deriver(f.Compile(Template));
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        var first = new LiveReportMaterializer(f.Store, deriver, holder: "one");
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        await first.ProcessPendingAsync();
        Assert.Equal(1, first.Kept!.Count);

        // Another holder applies a change (the first one's lease gone), then the first holds the lease again.
        await first.ReleaseLeaseAsync();
        var second = new LiveReportMaterializer(f.Store, deriver, holder: "two");
        var change = f.Store.OpenSession("cadre", ChangeSource.Form);
        change.Change(a, (await f.Store.GetAsync(a))!.Version, new Dictionary<string, object?> { ["dibao_persons"] = 6 }, month.Start);
        await change.SaveChangesAsync();
        await second.ProcessPendingAsync();
        await second.ReleaseLeaseAsync();
        await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 1);
        await first.ProcessPendingAsync();
        Assert.Equal(7m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["persons"]);
    }
    [Fact]
    public async Task APeriodicReadThatFailsLeavesNothingHalfKeptTheRetryDerivesTheValues()
    {
        await using var f = await ReportFixture.CreateAsync();
        var deriver = f.Deriver(f.Compile(Template));
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
        var store = PeriodicReadFailsOnce.Around(f.Store);
        var materializer = new LiveReportMaterializer(store, deriver);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var pay = f.Store.OpenSession("cadre", ChangeSource.Form);
        pay.SetPeriodic(a, "dibao_amount", month.Key, 100m);
        await pay.SaveChangesAsync();

        // The kept village's first periodic read fails (the database busy): the pass fails and is simply run again.
        await Assert.ThrowsAsync<TimeoutException>(() => materializer.ProcessPendingAsync());
        await materializer.ProcessPendingAsync();
        Assert.Equal(100m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["funds"]);
    }

    /// <summary>A fixture with the template, and a materializer on the fixture's store counting its calls.</summary>
    private static async Task<(ReportFixture F, Period Month, ReportDeriver Deriver, CountingStore Calls, LiveReportMaterializer Materializer)> CountedAsync()
    {
        var f = await ReportFixture.CreateAsync();
        var deriver = f.Deriver(f.Compile(Template));
        var store = CountingStore.Around(f.Store);
        return (f, Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly), deriver, (CountingStore)(object)store,
            new LiveReportMaterializer(store, deriver));
    }

    /// <summary>The store as it is, counting the calls of each of its methods.</summary>
    public class CountingStore : System.Reflection.DispatchProxy
    {
        private IFormHubStore _inner = null!;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

        public static IFormHubStore Around(IFormHubStore inner)
        {
            var proxy = Create<IFormHubStore, CountingStore>();
            ((CountingStore)(object)proxy)._inner = inner;
            return proxy;
        }

        public int Count(string method) => _calls.GetValueOrDefault(method);

        public void Clear() => _calls.Clear();

        protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(method);
            _calls.AddOrUpdate(method.Name, 1, (_, n) => n + 1);
            return method.Invoke(_inner, args);
        }
    }

    /// <summary>The store as it is, except that its first read of a whole village's periodic values times out.</summary>
    public class PeriodicReadFailsOnce : System.Reflection.DispatchProxy
    {
        private IFormHubStore _inner = null!;
        private int _failed;

        public static IFormHubStore Around(IFormHubStore inner)
        {
            var proxy = Create<IFormHubStore, PeriodicReadFailsOnce>();
            ((PeriodicReadFailsOnce)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(method);
            if (method.Name == nameof(IFormHubStore.GetPeriodicValuesAsync) && args is [_, IReadOnlyCollection<string>, null, _]
                && Interlocked.Exchange(ref _failed, 1) == 0)
                return Task.FromException<IReadOnlyList<PeriodicValue>>(new TimeoutException("the database is busy"));
            return method.Invoke(_inner, args);
        }
    }
}
