using System.Text.Json;
using FormHub.Core.OrgUnits;
using Npgsql;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>
/// The server over a province on two PostgreSQL servers (FORMHUB_TEST_POSTGRES, the home shard, and
/// FORMHUB_TEST_POSTGRES_2), each in a database of its own: the demo county on the second, <see cref="HomeCounty"/> on
/// the home shard. Without both servers its tests fail, never skip.
/// </summary>
public sealed class ShardedServer : ServerFixture
{
    public const string SecondVariable = "FORMHUB_TEST_POSTGRES_2";

    /// <summary>A county of the demo county's city placed on the home shard (the tests add its regions).</summary>
    public const string HomeCounty = "360899000000";

    /// <summary>A village of <see cref="HomeCounty"/>, stored by <see cref="SaveHomeCountyRegionsAsync"/>.</summary>
    public const string HomeVillage = "360899100200";

    /// <summary>Stores <see cref="HomeCounty"/>, its township and <see cref="HomeVillage"/>: the tests' regions on the home shard.</summary>
    public Task SaveHomeCountyRegionsAsync() => Store.SaveRegionsAsync([new OrgUnit(RegionCode.Parse(HomeCounty), "新县"),
        new OrgUnit(RegionCode.Parse("360899100000"), "新镇"), new OrgUnit(RegionCode.Parse(HomeVillage), "新村")]);

    private readonly string _database = "formhub_shards_" + Guid.NewGuid().ToString("N")[..16];
    private readonly string _layout = Path.Combine(Path.GetTempPath(), $"formhub-api-shards-{Guid.NewGuid():N}.json");

    private static IEnumerable<string> Servers => new[] { PostgresServer.Variable, SecondVariable }.Select(v => Environment.GetEnvironmentVariable(v) is { Length: > 0 } cs ? cs
        : throw new InvalidOperationException($"{v} is not set: run ./test.sh, which starts two PostgreSQL servers"));

    protected override ServerSettings Configure(ServerSettings settings) => settings with { ShardLayoutFile = _layout };

    public override async Task InitializeAsync()
    {
        var servers = Servers.ToList();
        foreach (var server in servers) await ExecuteAsync(server, $"CREATE DATABASE \"{_database}\"");
        await File.WriteAllTextAsync(_layout, JsonSerializer.Serialize(new
        {
            shards = new[] { new { name = "home", connection = Database(servers[0]) }, new { name = "county", connection = Database(servers[1]) } },
            counties = new Dictionary<string, string> { [DemoCounty.County[..6]] = "county", [HomeCounty[..6]] = "home" },
        }));
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        foreach (var server in Servers) await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        File.Delete(_layout);
    }

    private string Database(string server) => new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
