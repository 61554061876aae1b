using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using Npgsql;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>Runs alone: it fills the server's lock table, which every other test on the server shares.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LockTableCollection
{
    public const string Name = "PostgreSQL lock table";
}

/// <summary>
/// A save of a village's ID numbers locks each number (<c>IdentityLocks</c>); a few village loads at once beside other
/// work can run PostgreSQL's lock table, shared by every connection, out of room ("out of shared memory", 53200). The save
/// then takes the identity space's one lock instead of failing with a server error.
/// </summary>
[Collection(LockTableCollection.Name)]
public sealed class MartenLockTableTests : MartenStoreTests
{
    private const int HogSpace = 0x4C4F434B;

    [Fact]
    public async Task ASaveWhosePerNumberLocksFindTheLockTableFullTakesTheWholeSpaceInstead()
    {
        var hogs = new List<NpgsqlConnection>();
        try
        {
            // The table filled by other connections' session locks, then room left for a few hundred: the save's
            // relation locks and the space's lock fit, its 1,000 number locks do not.
            await FillLockTableAsync(hogs);
            await RunAsync(hogs[0], $"SELECT pg_advisory_unlock({HogSpace}, k) FROM generate_series(0, 299) AS k");

            var numbers = Enumerable.Range(0, 1_000).Select(i => TestIds.IdNumber(1960 + i / 300, 1 + i / 25 % 12, 1 + i % 25, i)).ToList();
            var s = _store.OpenSession("cadre", ChangeSource.Import);
            var hh = s.Create("household", TestRegions.Shangtang, new Dictionary<string, object?> { ["head_name"] = "户主" }, Jan1);
            foreach (var number in numbers)
                s.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = number, ["household"] = hh.ToString() }, Jan1);
            await s.SaveChangesAsync();
        }
        finally
        {
            foreach (var hog in hogs) await hog.DisposeAsync();
        }

        Assert.Equal("1000", (await _engine.QueryAsync("SELECT count(*) FROM {identity_numbers}"))[0][0]);
    }

    /// <summary>
    /// Session advisory locks 0, 1, 2 … until PostgreSQL has no room for another, each chunk on a connection of its own:
    /// the connection a chunk ran out on is closed (its locks with it), the others keep theirs.
    /// </summary>
    private static async Task FillLockTableAsync(List<NpgsqlConnection> hogs)
    {
        var held = 0;
        foreach (var chunk in new[] { 2_000, 100, 10, 1 })
        {
            while (true)
            {
                var hog = new NpgsqlConnection(TestPostgres.ConnectionString + ";Pooling=false");
                try
                {
                    await hog.OpenAsync();
                    await RunAsync(hog, $"SELECT pg_advisory_lock({HogSpace}, k) FROM generate_series({held}, {held + chunk - 1}) AS k");
                    hogs.Add(hog);
                    held += chunk;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.OutOfMemory)
                {
                    await hog.DisposeAsync();
                    break;
                }
            }
        }
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
