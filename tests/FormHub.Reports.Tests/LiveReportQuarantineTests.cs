using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage.Model;
using FormHub.Tests.Shared;

namespace FormHub.Reports.Tests;

/// <summary>
/// One change that cannot be derived does not stop the live reports: it is set aside with its reason, the changes after
/// it are applied, and it is derived again on the next start once the cause is gone. One materializer per database.
/// </summary>
public class LiveReportQuarantineTests
{
    private const string Template = ReportFixture.DibaoPersonsTemplate;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static async Task SetPersonsAsync(ReportFixture f, Guid household, long version, int persons)
    {
        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(household, version, new Dictionary<string, object?> { ["dibao_persons"] = persons }, Today);
        await s.SaveChangesAsync();
    }

    /// <summary>Stores a value the catalog's integer field cannot hold, past the store, so reading the household throws.</summary>
    private static Task StoreUnreadablePersonsAsync(ReportFixture f, Guid household, string value) =>
        f.StoreFieldPastTheStoreAsync(household, "dibao_persons", value);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AChangeThatCannotBeDerivedIsSetAsideAndTheChangesAfterItStillReachTheReports(bool postgres)
    {
        // On PostgreSQL a server of its own: the feed stops below the oldest transaction open on the server, and other test
        // classes' transactions on a shared one would hold its passes back at random.
        await using var server = postgres ? await OwnPostgresServer.StartAsync() : null;
        await using var f = await ReportFixture.CreateAsync(postgres, server: server?.ConnectionString);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var b = await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var deriver = f.Deriver(f.Compile(Template));
        var month = Period.Containing(Today, PeriodType.Monthly);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ProcessPendingAsync();

        await SetPersonsAsync(f, a, 1, 4);
        await StoreUnreadablePersonsAsync(f, a, "4.5");
        await SetPersonsAsync(f, b, 1, 7);

        // Before: the pass threw on village A every time, and village B's change never arrived.
        await materializer.ProcessPendingAsync();
        await materializer.ProcessPendingAsync();

        Assert.Equal(7m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageB))!["persons"]);
        var set = Assert.Single(await f.Store.ListQuarantinedChangesAsync());
        Assert.Equal(ReportFixture.VillageA, set.Change.VillageCode);
        Assert.Contains("Exception", set.Reason);
        Assert.Equal(deriver.Library.Version, set.LibraryVersion);
        Assert.Equal(2m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["persons"]);
        Assert.Equal(await f.Store.GetFeedEndAsync(), await f.Store.GetCursorAsync(LiveReportMaterializer.CursorName));

        // The data is mended; the next start (a new materializer) derives the change again and releases it.
        await StoreUnreadablePersonsAsync(f, a, "4");
        var restarted = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ReleaseLeaseAsync();
        await restarted.ProcessPendingAsync();

        Assert.Empty(await f.Store.ListQuarantinedChangesAsync());
        Assert.Equal(4m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.VillageA))!["persons"]);
        Assert.Equal(11m, (await deriver.GetRowAsync("dibao", 1, month.Key, ReportFixture.County))!["persons"]);
    }

    [Fact]
    public async Task AQuarantinedChangeIsTriedAgainWhenTheTemplatesChangeAndStaysWithACountedFailureWhileItStillFails()
    {
        await using var f = await ReportFixture.CreateAsync();
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var deriver = f.Deriver(f.Compile(Template));
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        await materializer.ProcessPendingAsync();
        await SetPersonsAsync(f, a, 1, 4);
        await StoreUnreadablePersonsAsync(f, a, "4.5");
        await materializer.ProcessPendingAsync();
        Assert.Equal(1, Assert.Single(await f.Store.ListQuarantinedChangesAsync()).Attempts);

        // Same library, same cause: not retried on every poll.
        await materializer.ProcessPendingAsync();
        Assert.Equal(1, Assert.Single(await f.Store.ListQuarantinedChangesAsync()).Attempts);

        // A new template version is another library: tried again, and it still fails.
        var edited = f.Deriver(f.Compile(Template.Replace("低保人数", "低保对象人数")));
        Assert.NotEqual(deriver.Library.Version, edited.Library.Version);
        await materializer.ReleaseLeaseAsync();
        await new LiveReportMaterializer(f.Store, edited).ProcessPendingAsync();
        var again = Assert.Single(await f.Store.ListQuarantinedChangesAsync());
        Assert.Equal((2, edited.Library.Version), (again.Attempts, again.LibraryVersion));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TwoMaterializersOnOneDatabaseTakeTurnsByLeaseAndTheCursorNeverMovesBack(bool postgres)
    {
        // On PostgreSQL a server of its own, as above: each pass here must find what was just saved.
        await using var own = postgres ? await OwnPostgresServer.StartAsync() : null;
        await using var f = await ReportFixture.CreateAsync(postgres, server: own?.ConnectionString);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var deriver = f.Deriver(f.Compile(Template));
        var server = new LiveReportMaterializer(f.Store, deriver, holder: "server");
        var watch = new LiveReportMaterializer(f.Store, deriver, holder: "reports watch");

        Assert.True(await server.ProcessPendingAsync() > 0);
        Assert.True(server.HoldsLease);
        var afterServer = await f.Store.GetCursorAsync(LiveReportMaterializer.CursorName);

        // While the server holds the lease, the other works on nothing, however much is pending.
        await SetPersonsAsync(f, a, 1, 5);
        Assert.Equal(0, await watch.ProcessPendingAsync());
        Assert.False(watch.HoldsLease);
        Assert.Equal(afterServer, await f.Store.GetCursorAsync(LiveReportMaterializer.CursorName));

        // A reader that stored an older position afterwards (an overlapping pass) cannot move the cursor back.
        await f.Store.SetCursorAsync(LiveReportMaterializer.CursorName, FeedCursor.Start);
        Assert.Equal(afterServer, await f.Store.GetCursorAsync(LiveReportMaterializer.CursorName));

        // The server stops cleanly: the other takes over at once and carries on from the same position.
        await server.ReleaseLeaseAsync();
        Assert.True(await watch.ProcessPendingAsync() > 0);
        Assert.True(watch.HoldsLease);
        Assert.Equal(0, await server.ProcessPendingAsync());
        Assert.Equal(await f.Store.GetFeedEndAsync(), await f.Store.GetCursorAsync(LiveReportMaterializer.CursorName));
        Assert.Equal(5m, (await deriver.GetRowAsync("dibao", 1, Period.Containing(Today, PeriodType.Monthly).Key, ReportFixture.VillageA))!["persons"]);
    }

    [Fact]
    public async Task ACopyOfTheDatabaseTakenWhileItsLeaseWasHeldIsServedAtOnceWhileTwoMaterializersOnOneDatabaseStillTakeTurns()
    {
        await using var f = await ReportFixture.CreateAsync();
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var deriver = f.Deriver(f.Compile(Template));
        var month = Period.Containing(Today, PeriodType.Monthly).Key;
        var server = new LiveReportMaterializer(f.Store, deriver);
        Assert.True(await server.ProcessPendingAsync() > 0);

        // Another materializer of this process on the same database waits for the running one (no takeover).
        await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 3);
        var second = new LiveReportMaterializer(f.Store, deriver);
        Assert.Equal(0, await second.ProcessPendingAsync());
        Assert.False(second.HoldsLease);

        // The copy carries the lease row of a holder that works on the original, not on the copy: the copy's materializer
        // takes over at once instead of waiting out the lease (the department test server, started from a copy of the
        // first seeded server's database, saw no report change for up to 30 s).
        await using var copy = await f.CopySqliteAsync();
        var copied = new LiveReportMaterializer(copy.Store, copy.Deriver(copy.Compile(Template)));
        Assert.True(await copied.ProcessPendingAsync() > 0);
        Assert.True(copied.HoldsLease);
        Assert.Equal(5m, (await copy.Deriver(copy.Compile(Template)).GetRowAsync("dibao", 1, month, ReportFixture.VillageA))!["persons"]);

        // The original's holder keeps its lease; once it stops, the waiting one of this process takes over.
        Assert.True(await server.ProcessPendingAsync() > 0);
        Assert.Equal(0, await second.ProcessPendingAsync());
        await server.RunAsync(TimeSpan.FromMilliseconds(10), ct: new CancellationToken(canceled: true));
        Assert.False(server.HoldsLease);
        await f.AddHouseholdAsync(ReportFixture.VillageA, "丙", "在保", 4);
        Assert.True(await second.ProcessPendingAsync() > 0);
        Assert.Equal(9m, (await deriver.GetRowAsync("dibao", 1, month, ReportFixture.VillageA))!["persons"]);
        await second.ReleaseLeaseAsync();
        await copied.ReleaseLeaseAsync();
    }

    [Fact]
    public async Task ALeaseWhoseHolderStoppedRenewingIsTakenOverAfterItExpires()
    {
        var clock = new MovableClock();
        await using var f = await ReportFixture.CreateAsync(clock: clock);
        Assert.True(await f.Store.TryHoldLeaseAsync("m", "dead server", TimeSpan.FromSeconds(30)));
        Assert.False(await f.Store.TryHoldLeaseAsync("m", "watch", TimeSpan.FromSeconds(30)));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.True(await f.Store.TryHoldLeaseAsync("m", "watch", TimeSpan.FromSeconds(30)));
        Assert.False(await f.Store.TryHoldLeaseAsync("m", "dead server", TimeSpan.FromSeconds(30)));
    }

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
