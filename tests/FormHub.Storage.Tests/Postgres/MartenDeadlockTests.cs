using FormHub.Storage.Errors;
using FormHub.Storage.Marten;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using Npgsql;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// A save PostgreSQL picks as a deadlock's victim (40P01) is told as the store's conflict, which the API answers with 409,
/// not as a server fault. The deadlock is made on purpose: a transaction holds the value's row while the save waits for it
/// holding its village's chain lock, then asks for that chain lock.
/// </summary>
public sealed class MartenDeadlockTests : MartenStoreTests
{
    [Fact]
    public async Task ASaveChosenAsADeadlocksVictimIsAConflict()
    {
        var setup = _store.OpenSession("cadre", ChangeSource.Form);
        var person = setup.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = TestIds.IdNumber(1970, 1, 1, 1) }, Jan1);
        setup.SetPeriodic(person, "subsidy", "2026-01", 1m);
        await setup.SaveChangesAsync();

        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var held = await connection.BeginTransactionAsync();
        // Never this transaction's own deadlock check: the save's runs first and must find the cycle.
        await Run(connection, held, "SET LOCAL deadlock_timeout = '60s'");
        await Run(connection, held, MartenEngine.Qualify($"SELECT 1 FROM {{mt_doc_periodic_values}} WHERE id = '{person:D}/subsidy/2026-01' FOR UPDATE", _engine.Schema));

        var edit = _store.OpenSession("cadre", ChangeSource.Form);
        edit.SetPeriodic(person, "subsidy", "2026-01", 2m);
        var save = Task.Run(() => edit.SaveChangesAsync());
        // The save holds the village's chain lock and waits for the row.
        while (!save.IsCompleted && (await _engine.QueryAsync(
                   $"SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%periodic_values%' AND pid <> {connection.ProcessID}")).Count == 0)
            await Task.Delay(20);
        var chain = Run(connection, held, $"SELECT pg_advisory_xact_lock(hashtext('{_engine.Schema}.chain.{TestRegions.Shangtang}'))");

        await Assert.ThrowsAsync<PeriodicConflictException>(() => save);
        await chain;
    }

    [Fact]
    public async Task AReadChosenAsADeadlocksVictimInsideTheSaveIsAConflictNotAReplay()
    {
        // A read of Marten's (the holder of an ID number, loaded to name it in the refusal) made after the save took the
        // number's lock: the test's transaction holds the record table and asks for that number's lock, so the read is
        // the deadlock's victim. The save is told as the conflict (409), never as the aborted transaction (25P02, a 500)
        // a replay of the read would meet.
        var number = TestIds.IdNumber(1970, 1, 1, 1);
        var setup = _store.OpenSession("cadre", ChangeSource.Form);
        setup.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = number }, Jan1);
        await setup.SaveChangesAsync();

        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var held = await connection.BeginTransactionAsync();
        await Run(connection, held, "SET LOCAL deadlock_timeout = '60s'");
        await Run(connection, held, MartenEngine.Qualify("LOCK TABLE {mt_doc_entities} IN ACCESS EXCLUSIVE MODE", _engine.Schema));

        var second = _store.OpenSession("cadre", ChangeSource.Form);
        second.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "另一人", ["id_number"] = number }, Jan1);
        var save = Task.Run(() => second.SaveChangesAsync());
        // The save holds the number's lock and waits for the table.
        while (!save.IsCompleted && (await _engine.QueryAsync(
                   $"SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%mt_doc_entities%' AND pid <> {connection.ProcessID}")).Count == 0)
            await Task.Delay(20);
        var numberLock = Run(connection, held,
            $"SELECT pg_advisory_xact_lock(hashtext('{_engine.Schema}.identity.number'), {IdentityLocks.KeyOf(number)})");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => save);
        await numberLock;
    }

    [Fact]
    public async Task AReadThatFailsInsideTheSaveIsNotReplayedTheFirstFailureIsTold()
    {
        // A store whose statements wait at most 300 ms for a lock, and the periodic values' table held by another
        // transaction: the save's read of the stored value (Marten's LoadManyAsync, in the save's transaction) fails with
        // 55P03. Marten's read pipeline replayed it in the aborted transaction (after a back-off, the save's locks held) and
        // told SessionTransactionUnusableException; now the read's own failure is what comes out, as it is.
        var person = await SavedPersonAsync();
        var store = await FormHubStoreFactory.OpenAsync(new StorageOptions
        {
            PostgresConnectionString = TestPostgres.ConnectionString + ";Options=-c lock_timeout=300", PostgresSchema = _engine.Schema,
        }, TestCatalog.Create(), TimeProvider.System);
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var held = await connection.BeginTransactionAsync();
        await Run(connection, held, MartenEngine.Qualify("LOCK TABLE {mt_doc_periodic_values} IN ACCESS EXCLUSIVE MODE", _engine.Schema));

        var edit = store.OpenSession("cadre", ChangeSource.Form);
        edit.SetPeriodic(person, "subsidy", "2026-01", 2m);
        var fault = await Assert.ThrowsAnyAsync<Exception>(() => edit.SaveChangesAsync());

        Assert.DoesNotContain(Causes(fault), e => e is global::Marten.Exceptions.SessionTransactionUnusableException);
        Assert.Equal(PostgresErrorCodes.LockNotAvailable, Causes(fault).OfType<PostgresException>().First().SqlState);
    }

    [Fact]
    public async Task ASerializationFailureInMartensBatchIsAConflict()
    {
        var person = await SavedPersonAsync();
        await FailChainWritesAsync("40001");

        await Assert.ThrowsAsync<PeriodicConflictException>(() => EditAsync(person));
    }

    [Fact]
    public async Task AFaultInMartensBatchStaysTheFaultItIsNotAConflict()
    {
        // An I/O error on the chain head's write (Marten's batch): Marten replayed the unit of work on the aborted
        // transaction, which failed with 25P02, and that was told as a conflict no retry could ever clear.
        var person = await SavedPersonAsync();
        await FailChainWritesAsync("58030");

        var fault = await Assert.ThrowsAnyAsync<Exception>(() => EditAsync(person));

        Assert.IsNotAssignableFrom<StoreException>(fault);
        Assert.Equal("58030", Causes(fault).OfType<PostgresException>().First().SqlState);
    }

    private async Task<Guid> SavedPersonAsync()
    {
        var setup = _store.OpenSession("cadre", ChangeSource.Form);
        var person = setup.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = TestIds.IdNumber(1970, 1, 1, 1) }, Jan1);
        setup.SetPeriodic(person, "subsidy", "2026-01", 1m);
        await setup.SaveChangesAsync();
        return person;
    }

    private async Task EditAsync(Guid person)
    {
        var edit = _store.OpenSession("cadre", ChangeSource.Form);
        edit.SetPeriodic(person, "subsidy", "2026-01", 2m);
        await edit.SaveChangesAsync();
    }

    /// <summary>Every later write of a village's chain head (a statement of Marten's batch) fails with <paramref name="sqlState"/>.</summary>
    private async Task FailChainWritesAsync(string sqlState) => await _engine.ExecuteAsync($$$"""
        CREATE FUNCTION {mt_doc_village_chains}_fail() RETURNS trigger LANGUAGE plpgsql AS
        $$BEGIN RAISE EXCEPTION 'chain write refused' USING ERRCODE = '{{{sqlState}}}'; END$$;
        CREATE TRIGGER fail BEFORE INSERT OR UPDATE ON {mt_doc_village_chains} FOR EACH ROW EXECUTE FUNCTION {mt_doc_village_chains}_fail();
        """);

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (Exception? at = e; at is not null; at = at.InnerException) yield return at;
    }

    private static async Task Run(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync();
    }
}
