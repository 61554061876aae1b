using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage;
using FormHub.Storage.Model;
using FormHub.Tests.Shared;
using Npgsql;

namespace FormHub.Reports.Tests;

/// <summary>
/// The live reports' feed guarantee on the Marten engine, with a real save held open: a save whose transaction stays open
/// 10 s while later saves in another village commit is still derived when it commits (the feed's xid8 horizon holds the
/// later ones back instead of letting the cursor pass it), and no change is derived twice into a wrong total.
/// </summary>
public sealed class HeldSaveFeedTests
{
    private const long Gate = 1717;

    // A save of village A waits on an advisory lock right after writing its feed rows, inside its own transaction: the
    // test holds the lock, so that transaction stays open (events appended, sequence numbers taken) as long as the test says.
    private static string HoldVillageA => $$"""
        CREATE FUNCTION hold_village_a() RETURNS trigger LANGUAGE plpgsql AS $f$
        DECLARE held boolean;
        BEGIN
            EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.mt_events WHERE seq_id = $1 AND stream_id = $2)', TG_TABLE_SCHEMA)
                INTO held USING NEW.seq, '{{ReportFixture.VillageA}}';
            IF held THEN PERFORM pg_advisory_xact_lock({{Gate}}); END IF;
            RETURN NEW;
        END $f$;
        CREATE TRIGGER hold_village_a AFTER INSERT ON event_feed FOR EACH ROW EXECUTE FUNCTION hold_village_a();
        """;

    [Fact]
    public async Task ASaveHeldOpenTenSecondsWhileLaterSavesCommitIsDerivedWhenItCommitsAndNothingTwice()
    {
        // A server of its own: the save held open would hold back every other test's feed on the shared one for 10 s.
        await using var server = await OwnPostgresServer.StartAsync();
        await using var f = await ReportFixture.CreateAsync(postgres: true, server: server.ConnectionString);
        Assert.Equal("marten", f.Store.EngineName);
        var a = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var b = await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);
        var deriver = f.Deriver(f.Compile(ReportFixture.DibaoPersonsTemplate));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = Period.Containing(today, PeriodType.Monthly);
        await deriver.RebuildAsync(RegionCode.Parse(ReportFixture.County), month);
        var materializer = new LiveReportMaterializer(f.Store, deriver);
        var start = await SettleAsync(f.Store, materializer, seeded: 2);
        await f.ExecuteSqlAsync("", HoldVillageA);

        await using var gate = new NpgsqlConnection(server.ConnectionString);
        await gate.OpenAsync();
        await ExecuteAsync(gate, $"SELECT pg_advisory_lock({Gate})");
        var held = ChangeAsync(f, a, 1, 5); // 甲 2 → 5, held open
        await WaitUntilBlockedAsync(gate);

        // Later saves of village B commit while A's is open; passes run all along and never pass A's save.
        await ChangeAsync(f, b, 1, 4);
        await ChangeAsync(f, b, 2, 6);
        var heldUntil = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < heldUntil)
        {
            await materializer.ProcessPendingAsync();
            Assert.False(held.IsCompleted, "village A's save committed while its lock was held");
            Assert.Equal(5m, await PersonsAsync(deriver, month, ReportFixture.County));
            Assert.Equal(start, await f.Store.GetCursorAsync(LiveReportMaterializer.CursorName));
            await Task.Delay(200);
        }

        await ExecuteAsync(gate, $"SELECT pg_advisory_unlock({Gate})");
        await held;
        await ProcessUntilAsync(materializer, deriver, month, ReportFixture.County, 11m);
        for (var pass = 0; pass < 3; pass++) await materializer.ProcessPendingAsync();

        Assert.Equal(5m, await PersonsAsync(deriver, month, ReportFixture.VillageA));
        Assert.Equal(6m, await PersonsAsync(deriver, month, ReportFixture.VillageB));
        Assert.Equal(11m, await PersonsAsync(deriver, month, ReportFixture.Township));
        Assert.Equal(11m, await PersonsAsync(deriver, month, ReportFixture.County));
        // Each of the three saves is in the feed once, the held one first (its transaction began first).
        var changes = await f.Store.ReadChangesAsync(start);
        Assert.Equal([ReportFixture.VillageA, ReportFixture.VillageB, ReportFixture.VillageB], changes.Select(c => c.VillageCode));
        Assert.Equal(3, changes.Select(c => c.Cursor).Distinct().Count());
        Assert.Equal(changes[^1].Cursor, await f.Store.GetCursorAsync(LiveReportMaterializer.CursorName));
    }

    /// <summary>
    /// Passes until the materializer has handled the <paramref name="seeded"/> events saved so far (other tests' open
    /// transactions on the server can hold them back for a moment); returns its cursor.
    /// </summary>
    private static async Task<FeedCursor> SettleAsync(IFormHubStore store, LiveReportMaterializer materializer, int seeded)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            await materializer.ProcessPendingAsync();
            var cursor = await store.GetCursorAsync(LiveReportMaterializer.CursorName);
            if ((await store.ReadChangesAsync(FeedCursor.Start)).Count == seeded && (await store.ReadChangesAsync(cursor)).Count == 0) return cursor;
        }
        throw new TimeoutException("the seeded events never settled");
    }

    private static async Task ChangeAsync(ReportFixture f, Guid household, long version, int persons)
    {
        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(household, version, new Dictionary<string, object?> { ["dibao_persons"] = persons }, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        await s.SaveChangesAsync();
    }

    private static async Task<decimal?> PersonsAsync(ReportDeriver deriver, Period month, string unit) =>
        (await deriver.GetRowAsync("dibao", 1, month.Key, unit))?["persons"] as decimal?;

    private static async Task ProcessUntilAsync(LiveReportMaterializer materializer, ReportDeriver deriver, Period month, string unit, decimal persons)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(50))
        {
            await materializer.ProcessPendingAsync();
            if (await PersonsAsync(deriver, month, unit) == persons) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{unit} did not reach {persons}: {await PersonsAsync(deriver, month, unit)}");
        }
    }

    /// <summary>Until village A's save waits on the gate (its events and feed rows written, not committed).</summary>
    private static async Task WaitUntilBlockedAsync(NpgsqlConnection gate)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = {Gate} AND NOT granted)", gate);
            if ((bool)(await command.ExecuteScalarAsync())!) return;
        }
        throw new TimeoutException("village A's save never reached the gate");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
