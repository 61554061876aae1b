using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Model;
using Npgsql;

namespace FormHub.Cli.Tests;

/// <summary>
/// <c>formhub shards place|list</c> (issue 17, item 3) on a province over two PostgreSQL servers (FORMHUB_TEST_POSTGRES and
/// FORMHUB_TEST_POSTGRES_2, a fresh database on each): the layout file places one county on shard a; a new county is
/// placed on shard b by command, and its data then goes there; placements that would move a placed county (running servers
/// still route it to its shard), split a county or name no shard are refused with nothing changed.
/// </summary>
public sealed class ShardsCommandTests : IAsyncLifetime
{
    private const string Province = "360000000000";
    private const string City = "360800000000";
    private const string FileCounty = "360821000000";
    private const string NewCounty = "360822000000";

    private readonly CliHarness _cli = new();
    private PostgresDatabase _a = null!;
    private PostgresDatabase _b = null!;
    private string _layout = null!;

    public async Task InitializeAsync()
    {
        _a = await PostgresDatabase.CreateAsync();
        _b = await PostgresDatabase.CreateAsync("FORMHUB_TEST_POSTGRES_2");
        _layout = _cli.WriteFile("shards.json", System.Text.Json.JsonSerializer.Serialize(new
        {
            shards = new[] { new { name = "a", connection = _a.ConnectionString }, new { name = "b", connection = _b.ConnectionString } },
            counties = new Dictionary<string, string> { [FileCounty[..6]] = "a" },
        }));
        await using var store = await OpenAsync();
        List<OrgUnit> units = [new(RegionCode.Parse(Province), "江西省"), new(RegionCode.Parse(City), "吉安市")];
        foreach (var county in new[] { FileCounty, NewCounty })
        {
            var c = county[..6];
            units.AddRange([new(RegionCode.Parse(county), $"县{c}"), new(RegionCode.Parse($"{c}100000"), $"镇{c}"), new(RegionCode.Parse($"{c}100200"), $"村{c}")]);
        }
        await store.SaveRegionsAsync(units);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        _cli.Dispose();
    }

    private Task<IFormHubStore> OpenAsync() => FormHubStoreFactory.OpenAsync(
        new StorageOptions { ShardLayoutFile = _layout, AuditKeyFile = _cli.AuditKeyFile },
        CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog")));

    private Task<CliResult> ShardsAsync(params string[] args) =>
        _cli.RunWithEnvironmentAsync(new Dictionary<string, string> { [StorageOptions.ShardLayoutVariable] = _layout }, ["shards", .. args]);

    private static async Task SaveHouseholdAsync(IFormHubStore store, string county)
    {
        var session = store.OpenSession("cadre", ChangeSource.Form);
        session.Create("household", county[..6] + "100200", new Dictionary<string, object?> { ["name"] = "户" }, new DateOnly(2026, 1, 1));
        await session.SaveChangesAsync();
    }

    private static async Task<long> RecordsOfCountyAsync(PostgresDatabase database, string county)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM formhub.mt_doc_entities WHERE county_code = @c", connection);
        command.Parameters.AddWithValue("c", county);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task ANewCountyPlacedByCommandHasItsDataWrittenOnThatShard()
    {
        await using (var before = await OpenAsync())
            await Assert.ThrowsAsync<FormHub.Storage.Shards.CountyNotPlacedException>(() => SaveHouseholdAsync(before, NewCounty));

        // Pasted with a space around it: placed (and echoed) as the store keeps it.
        var placed = await ShardsAsync("place", $" {NewCounty[..6]} ", "b");
        Assert.True(placed.ExitCode == 0, placed.ToString());
        Assert.Contains($"已把县 {NewCounty} 放到分片“b”", placed.Out);

        // Every process that opens the province from now on routes the county to b.
        await using (var store = await OpenAsync()) await SaveHouseholdAsync(store, NewCounty);
        Assert.Equal(1, await RecordsOfCountyAsync(_b, NewCounty));
        Assert.Equal(0, await RecordsOfCountyAsync(_a, NewCounty));

        var again = await ShardsAsync("place", NewCounty + " ", "b");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"县 {NewCounty} 已在分片“b”上，未做更改", again.Out);

        var list = await ShardsAsync("list");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains($"{FileCounty}  a  分片配置文件", list.Out);
        Assert.Matches($@"{NewCounty}  b  命令指定（cli（[^）]*）", list.Out);
    }

    [Fact]
    public async Task APlacementThatWouldSplitACountyOrNamesNoShardIsRefusedWithNothingChanged()
    {
        await using (var store = await OpenAsync()) await SaveHouseholdAsync(store, FileCounty);

        var split = await ShardsAsync("place", FileCounty, "b");
        Assert.Equal(ExitCodes.InputError, split.ExitCode);
        Assert.Contains($"县 {FileCounty} 已放在分片“a”上，不能改放到分片“b”", split.Err);

        var unknown = await ShardsAsync("place", NewCounty, "c");
        Assert.Equal(ExitCodes.InputError, unknown.ExitCode);
        Assert.Contains("没有名为“c”的分片（已有：a、b）", unknown.Err);

        var notCounty = await ShardsAsync("place", "360821100200", "b");
        Assert.Equal(ExitCodes.InputError, notCounty.ExitCode);
        Assert.Contains("不是县级区划代码", notCounty.Err);

        var list = await ShardsAsync("list");
        Assert.Contains($"{FileCounty}  a  分片配置文件", list.Out);
        Assert.DoesNotContain(NewCounty, list.Out);
        await using (var store = await OpenAsync()) await SaveHouseholdAsync(store, FileCounty);
        Assert.Equal(2, await RecordsOfCountyAsync(_a, FileCounty));
        Assert.Equal(0, await RecordsOfCountyAsync(_b, FileCounty));

        var single = await _cli.RunAsync("shards", "list");
        Assert.Equal(ExitCodes.InputError, single.ExitCode);
        Assert.Contains("分片命令需要分片配置", single.Err);
    }

    [Fact]
    public async Task ACountyWithRecordsOnAnotherShardIsNotPlaced()
    {
        // Shard a's schema exists (its county's first save), then a record of the unplaced county lands there behind the
        // store's back, without an event stream: only the records' check (by the county's village range) can see it.
        await using (var store = await OpenAsync()) await SaveHouseholdAsync(store, FileCounty);
        await using (var connection = new NpgsqlConnection(_a.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO formhub.mt_doc_entities (id, data, village_code, entity_type, county_code, search_text)
                SELECT gen_random_uuid(), data, @village, entity_type, @county, search_text FROM formhub.mt_doc_entities LIMIT 1
                """, connection);
            insert.Parameters.AddWithValue("village", NewCounty[..6] + "100200");
            insert.Parameters.AddWithValue("county", NewCounty);
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        var refused = await ShardsAsync("place", NewCounty, "b");
        Assert.Equal(ExitCodes.InputError, refused.ExitCode);
        Assert.Contains($"县 {NewCounty} 在分片“a”上已有数据", refused.Err);
        Assert.DoesNotContain(NewCounty, (await ShardsAsync("list")).Out);
    }

    [Fact]
    public async Task APlacedCountyIsNotReplacedEvenWithNoDataYetSinceRunningServersStillRouteItToItsShard()
    {
        // Placed by the layout file, no data yet: a running server writes it to a, so moving it to b would split it.
        var fromFile = await ShardsAsync("place", FileCounty, "b");
        Assert.Equal(ExitCodes.InputError, fromFile.ExitCode);
        Assert.Contains($"县 {FileCounty} 已放在分片“a”上，不能改放到分片“b”：正在运行的服务器只在启动时读取分片分配", fromFile.Err);

        // Placed by an earlier command, no data yet: the same.
        Assert.Equal(0, (await ShardsAsync("place", NewCounty, "b")).ExitCode);
        var fromCommand = await ShardsAsync("place", NewCounty, "a");
        Assert.Equal(ExitCodes.InputError, fromCommand.ExitCode);
        Assert.Contains($"县 {NewCounty} 已放在分片“b”上，不能改放到分片“a”", fromCommand.Err);

        var list = await ShardsAsync("list");
        Assert.Contains($"{FileCounty}  a  分片配置文件", list.Out);
        Assert.Matches($@"{NewCounty}  b  命令指定", list.Out);
        await using (var store = await OpenAsync()) await SaveHouseholdAsync(store, FileCounty);
        Assert.Equal(1, await RecordsOfCountyAsync(_a, FileCounty));
        Assert.Equal(0, await RecordsOfCountyAsync(_b, FileCounty));
    }
}
