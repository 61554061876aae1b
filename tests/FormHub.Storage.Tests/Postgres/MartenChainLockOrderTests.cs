using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using Npgsql;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// A save kept to its village takes the village's chain lock with its first read, unless it may give a record an ID
/// number: ID-number locks are always taken before chain locks (an import holding the identity space while it waits for a
/// village's chain must not meet a save holding that chain while it waits for the space: a deadlock).
/// </summary>
public sealed class MartenChainLockOrderTests : MartenStoreTests
{
    [Fact]
    public async Task AKeptSaveGivingARecordAnIdNumberDoesNotHoldItsVillagesChainWhileItWaitsForTheNumber()
    {
        var seed = _store.OpenSession("cadre", ChangeSource.Form);
        var person = seed.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "张三" }, Jan1);
        await seed.SaveChangesAsync();
        var number = TestIds.IdNumber(1960, 5, 5, 5);

        Task save;
        await using (await _engine.LockIdentityNumbersWithoutCommittingAsync([number]))
        {
            var s = _store.OpenSession("cadre", ChangeSource.Form);
            s.KeepToVillage(TestRegions.Shangtang);
            s.Change(person, 1, new Dictionary<string, object?> { ["id_number"] = number }, Jan1);
            save = s.SaveChangesAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(save.IsCompleted, "the save should wait for the number's lock");

            // The village's chain is free meanwhile: another writer takes its lock at once.
            Assert.True(await ChainLockFreeAsync(TestRegions.Shangtang));
        }
        await save;
        Assert.Equal(number, (await _store.GetAsync(person))!.Fields["id_number"]);
    }

    private async Task<bool> ChainLockFreeAsync(string village)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@key))", connection);
        command.Parameters.AddWithValue("key", _engine.Schema + ".chain." + village);
        var taken = (bool)(await command.ExecuteScalarAsync())!;
        if (taken)
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext(@key))", connection);
            unlock.Parameters.AddWithValue("key", _engine.Schema + ".chain." + village);
            await unlock.ExecuteScalarAsync();
        }
        return taken;
    }
}
