using FormHub.Storage.Audit;
using FormHub.Storage.Shards;
using FormHub.Storage.Sqlite;
using Xunit;

namespace FormHub.Storage.Tests.Engines;

/// <summary>
/// ID numbers are kept unique across shards by advisory locks on the home shard's PostgreSQL server: a province on
/// several shards whose home is some other engine is refused when built, rather than left without those locks.
/// </summary>
public sealed class ShardEnginesTests
{
    [Fact]
    public async Task SeveralShardsNeedAPostgresHomeOneShardDoesNot()
    {
        var directory = Directory.CreateTempSubdirectory("formhub-shard-engines-").FullName;
        var keys = AuditKeyRing.LoadOrCreate(Path.Combine(directory, "audit.key"));
        var a = new SqliteFormHubStore($"Data Source={Path.Combine(directory, "a.db")}", TestCatalog.Create(), keys);
        var b = new SqliteFormHubStore($"Data Source={Path.Combine(directory, "b.db")}", TestCatalog.Create(), keys);
        try
        {
            var two = ShardLayout.Create([new ShardDefinition("a", "Host=a"), new ShardDefinition("b", "Host=b")],
                new Dictionary<string, string> { [TestRegions.County[..6]] = "b" });
            var refused = Assert.Throws<ArgumentException>(() => new ShardedFormHubStore(two, [a, b]));
            Assert.Contains("home shard 'a' is not a PostgreSQL", refused.Message);

            // One shard is one database, which keeps its numbers unique by itself.
            var one = new ShardedFormHubStore(ShardLayout.Create([new ShardDefinition("a", "Host=a")], new Dictionary<string, string>()), [a]);
            Assert.Equal("a", one.Layout.Home.Name);
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
