using System.Text.Json;
using FormHub.Core.Catalog;
using Npgsql;

namespace FormHub.Storage.Tests.Engines;

/// <summary>
/// The sharded store (issue 17, item 3) over two throwaway servers: the home shard on FORMHUB_TEST_POSTGRES, the test
/// county (清溪县 361025) placed on the second shard, FORMHUB_TEST_POSTGRES_2, so every contract test goes through the
/// routing to a shard that is not the home one. A fresh schema on both per test. Raw SQL and edits behind the store reach
/// the county's shard, where its records, events and chain heads are. The store handed to the tests is the one following
/// the county shard's change feed (<see cref="Shards.ShardedFormHubStore.FeedViews"/>: each shard has its own feed, as a
/// materializer per shard reads it); everything else routes exactly as on the store that owns the shards.
/// </summary>
public sealed class ShardedEngine : IStoreEngine
{
    public const string SecondVariable = "FORMHUB_TEST_POSTGRES_2";

    private readonly string _schema = "s_" + Guid.NewGuid().ToString("N");
    private readonly string _layout = Path.Combine(Path.GetTempPath(), $"formhub-shards-{Guid.NewGuid():N}.json");
    private readonly List<IFormHubStore> _opened = [];

    private static string CountyShard => Environment.GetEnvironmentVariable(SecondVariable) is { Length: > 0 } cs ? cs
        : throw new InvalidOperationException($"{SecondVariable} is not set: run the tests with ./test.sh, which starts two throwaway PostgreSQL servers.");

    public IBehindTheStore Behind => new MartenSchema(this, _schema);

    public async Task<IFormHubStore> CreateStoreAsync(FieldCatalog catalog, TimeProvider clock, string? auditKeyFile = null)
    {
        await File.WriteAllTextAsync(_layout, JsonSerializer.Serialize(new
        {
            shards = new[] { new { name = "home", connection = TestPostgres.ConnectionString }, new { name = "county", connection = CountyShard } },
            // A second county stays on the home shard, for the tests that need a record on the other shard.
            counties = new Dictionary<string, string> { [TestRegions.County[..6]] = "county", [TestRegions.HomeCounty[..6]] = "home" },
        }));
        var owner = (Shards.ShardedFormHubStore)await FormHubStoreFactory.OpenAsync(
            new StorageOptions { ShardLayoutFile = _layout, PostgresSchema = _schema, AuditKeyFile = auditKeyFile }, catalog, clock);
        _opened.Add(owner);
        return owner.FeedViews.Single(v => v.FeedShard == "county");
    }

    public async Task<List<string?[]>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(CountyShard);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(MartenEngine.Qualify(sql, _schema), connection);
        return await EngineQuery.ReadAllAsync(command);
    }

    public string JsonColumnCast(string expression) => $"CAST({expression} AS jsonb)";

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(CountyShard);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(MartenEngine.Qualify(sql, _schema), connection);
        return await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened) await store.DisposeAsync();
        File.Delete(_layout);
        foreach (var variable in new[] { TestPostgres.Variable, SecondVariable })
        {
            if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } cs) continue;
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
