using FormHub.Storage.Errors;
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

    private static async Task Run(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync();
    }
}
