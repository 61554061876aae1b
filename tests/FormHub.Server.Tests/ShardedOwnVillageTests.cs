using System.Net;
using System.Text.RegularExpressions;
using FormHub.Core.Validation;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;
using FormHub.Storage.Shards;

namespace FormHub.Server.Tests;

/// <summary>
/// A cadre's form save over a province on two PostgreSQL servers: a record of a county on the other shard, named through
/// the cadre's own village, answers exactly like a missing one (404) — not as a save spanning two shards, nor as an ID
/// number already registered — even beside one of the village's own records.
/// </summary>
public sealed partial class ShardedOwnVillageTests(ShardedServer server) : IClassFixture<ShardedServer>
{
    private const string First17 = "36089919700101987";

    [Fact]
    public async Task ARecordOnAnotherShardAnswersLikeAMissingOneThroughTheCadresVillage()
    {
        var store = (ShardedFormHubStore)server.Store;
        await server.SaveHomeCountyRegionsAsync();
        var own = (await server.EntitiesAsync(DemoCounty.Shimen, "person", 1))[0];
        var session = store.Shards["home"].OpenSession("cadre", ChangeSource.Form);
        var household = session.Create("household", ShardedServer.HomeVillage, new Dictionary<string, object?> { ["name"] = "外县户" }, new DateOnly(2026, 1, 1));
        var foreign = session.Create("person", ShardedServer.HomeVillage, new Dictionary<string, object?>
        {
            ["name"] = "外县人", ["id_number"] = First17 + ChineseIdNumber.ComputeCheckCharacter(First17), ["household"] = household.ToString(), ["relation_to_head"] = "户主",
        }, new DateOnly(2026, 1, 1));
        await session.SaveChangesAsync();
        var before = await server.SnapshotAsync(DemoCounty.Shimen);

        var cadre = await server.SignedInAsync(Accounts.Cadre);
        var ownChange = new { op = "change", id = own.Id, version = own.Version, fields = new Dictionary<string, object> { ["name"] = "改名" } };
        object[] Attempts(Guid id) =>
        [
            new { op = "change", id, version = 1L, fields = new Dictionary<string, object> { ["name"] = "篡改" } },
            // The cadre's own resident's number: a duplicate refusal would describe the record on the other shard.
            new { op = "change", id, version = 1L, fields = new Dictionary<string, object> { ["id_number"] = (string)own["id_number"]! } },
        ];
        var unknown = Guid.NewGuid();
        foreach (var (toForeign, toUnknown) in Attempts(foreign).Zip(Attempts(unknown)))
        foreach (var withOwn in new[] { false, true })
        {
            object[] Batch(object attempt) => withOwn ? [ownChange, attempt] : [attempt];
            using var write = await cadre.PostJsonAsync($"/api/villages/{DemoCounty.Shimen}/changes", new { period = server.CurrentPeriod, operations = Batch(toForeign) });
            using var missing = await cadre.PostJsonAsync($"/api/villages/{DemoCounty.Shimen}/changes", new { period = server.CurrentPeriod, operations = Batch(toUnknown) });
            var (foreignDetail, missingDetail) = ((await write.Content.ReadAsStringAsync()).Replace(foreign.ToString(), "ID"), (await missing.Content.ReadAsStringAsync()).Replace(unknown.ToString(), "ID"));
            Assert.Equal(TraceFree().Replace(missingDetail, ""), TraceFree().Replace(foreignDetail, ""));
            await write.ProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal(before, await server.SnapshotAsync(DemoCounty.Shimen));
        Assert.Equal(1, (await store.GetAsync(foreign))!.Version);
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceFree();
}
