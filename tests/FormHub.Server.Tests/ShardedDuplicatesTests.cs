using System.Text.Json;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using FormHub.Storage.Shards;

namespace FormHub.Server.Tests;

/// <summary>
/// The duplicates board over a province on two PostgreSQL servers (issue 17, item 3): a person of the demo county (on the
/// second server) registered again, before saves checked other shards, in a county on the home shard. Each viewer sees
/// the number where their area is involved, the number masked but to the village's own cadre, and the record outside
/// their scope only by its place (names masked, no id), as on one database.
/// </summary>
public sealed class ShardedDuplicatesTests(ShardedServer server) : IClassFixture<ShardedServer>
{
    private const string Province = "360000000000";

    [Fact]
    public async Task ANumberHeldInCountiesOnTwoShardsIsOnTheBoardOfEveryAreaInvolvedMaskedOutsideTheViewersScope()
    {
        var store = (ShardedFormHubStore)server.Store;
        await server.SaveHomeCountyRegionsAsync();
        var resident = (await server.EntitiesAsync(DemoCounty.Shimen, "person", 1))[0];
        var number = (string)resident["id_number"]!;
        // Straight on the home shard, behind the province's check: as registered before saves checked other shards.
        var session = store.Shards["home"].OpenSession("cadre", ChangeSource.Form);
        var household = session.Create("household", ShardedServer.HomeVillage, new Dictionary<string, object?> { ["name"] = "重复户" }, new DateOnly(2026, 1, 1));
        var again = session.Create("person", ShardedServer.HomeVillage, new Dictionary<string, object?>
        {
            ["name"] = "重复人", ["id_number"] = number, ["household"] = household.ToString(), ["relation_to_head"] = "户主",
        }, new DateOnly(2026, 1, 1));
        await session.SaveChangesAsync();
        await store.SaveAccountAsync(new UserAccount
        {
            UserName = "province-admin", DisplayName = "省管理员", Role = AccountRole.Admin, ViewScope = Province, PasswordHash = PasswordHashing.Hash(DemoCounty.Password),
        });
        var masked = number[..6] + "********" + number[14..];

        // The village's own cadre: the number in full, their resident in full, the other county's record by its place only.
        var cadre = await BoardAsync(Accounts.Cadre, DemoCounty.Shimen, number);
        Assert.Equal(number, cadre.GetProperty("idNumber").GetString());
        var records = cadre.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal([resident.Id.ToString(), null], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal((string)resident["name"]!, records[0].GetProperty("name").GetString());
        Assert.Equal(("新村", "重**", false), (records[1].GetProperty("villageName").GetString(), records[1].GetProperty("name").GetString(), records[1].GetProperty("inScope").GetBoolean()));

        // The county's admin (and its township reviewer): the same, the number masked.
        foreach (var (user, unit) in new[] { (Accounts.Admin, DemoCounty.County), (Accounts.Reviewer, DemoCounty.Qingxi) })
        {
            var county = await BoardAsync(user, unit, masked);
            Assert.Equal([resident.Id.ToString(), null], county.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
            Assert.DoesNotContain("重复人", county.GetRawText());
        }

        // The province's admin: both records in scope, the number masked.
        var province = await BoardAsync("province-admin", Province, masked);
        Assert.Equal([resident.Id.ToString(), again.ToString()], province.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.DoesNotContain(number, province.GetRawText());
    }

    /// <summary>The one entry of the unit's duplicates board listing <paramref name="shown"/>, as <paramref name="user"/> sees it.</summary>
    private async Task<JsonElement> BoardAsync(string user, string unit, string shown)
    {
        var client = await server.SignedInAsync(user);
        var board = await (await client.GetAsync($"/api/review/{unit}/duplicates")).OkJsonAsync();
        return Assert.Single(board.EnumerateArray(), d => d.GetProperty("idNumber").GetString() == shown);
    }
}
