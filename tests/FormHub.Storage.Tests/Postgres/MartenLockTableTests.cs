using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using FormHub.Tests.Shared;
using Npgsql;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// A save of a village's ID numbers locks each number (<c>IdentityLocks</c>); a few village loads at once beside other
/// work can run PostgreSQL's lock table, shared by every connection, out of room ("out of shared memory", 53200, on which
/// Npgsql closes the connection). The save then tries once more under the identity space's one lock instead of failing.
/// On a server of the test's own: the suite's shared server would refuse every other test meanwhile.
/// </summary>
public sealed class MartenLockTableTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);
    private const int HogSpace = 0x4C4F434B;

    [Fact]
    public async Task ASaveWhosePerNumberLocksFindTheLockTableFullTakesTheWholeSpaceInstead()
    {
        await using var server = await OwnPostgresServer.StartAsync();
        var hogs = new List<NpgsqlConnection>();
        await using var store = await FormHubStoreFactory.OpenAsync(
            new StorageOptions { PostgresConnectionString = server.ConnectionString, PostgresSchema = "formhub" }, TestCatalog.Create(), TimeProvider.System);
        await TestRegions.SaveAsync(store, withXiatang: true);
        try
        {
            // The table filled by other connections' session locks, then room left for a few hundred: the save's
            // relation locks and the space's lock fit, its 1,000 number locks do not.
            await FillLockTableAsync(server.ConnectionString, hogs);
            await RunAsync(hogs[0], $"SELECT pg_advisory_unlock({HogSpace}, k) FROM generate_series(0, 299) AS k");

            var numbers = Enumerable.Range(0, 1_000).Select(i => TestIds.IdNumber(1960 + i / 300, 1 + i / 25 % 12, 1 + i % 25, i)).ToList();
            var s = store.OpenSession("cadre", ChangeSource.Import);
            var hh = s.Create("household", TestRegions.Shangtang, new Dictionary<string, object?> { ["head_name"] = "户主" }, Jan1);
            foreach (var number in numbers)
                s.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = number, ["household"] = hh.ToString() }, Jan1);
            await s.SaveChangesAsync();
        }
        finally
        {
            foreach (var hog in hogs) await hog.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM formhub.mt_doc_identity_numbers", connection);
        Assert.Equal(1_000L, await count.ExecuteScalarAsync());
    }

    /// <summary>
    /// Session advisory locks 0, 1, 2 … until PostgreSQL has no room for another, each chunk on a connection of its own:
    /// the connection a chunk ran out on is closed (its locks with it), the others keep theirs.
    /// </summary>
    private static async Task FillLockTableAsync(string connectionString, List<NpgsqlConnection> hogs)
    {
        var held = 0;
        foreach (var chunk in new[] { 2_000, 100, 10, 1 })
        {
            while (true)
            {
                var hog = new NpgsqlConnection(connectionString + ";Pooling=false");
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
