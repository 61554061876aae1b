using System.Net;
using FormHub.Storage;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// SQLite on a full disk: saves are refused with a clear Chinese 507 (never a 500 with raw text), nothing half-written,
/// the server keeps running, and the database still opens and verifies afterwards.
/// </summary>
public sealed class FullDiskTests
{
    [Fact]
    public async Task SavesOnAFullDiskAreRefusedWithAClearMessageAndTheDatabaseStillVerifies()
    {
        using var disk = SmallDisk.Mount(megabytes: 3);
        await using var storage = FaultStorage.Sqlite(Path.Combine(disk.Path, "data"));
        await FaultCounty.PrepareAsync(storage.Options);
        var village = FaultCounty.Villages[0];
        const int households = 250;
        var acknowledged = new List<string>();
        var refusals = new List<(HttpStatusCode Status, string Detail)>();

        await using (var server = await ServerProcess.StartAsync(storage.ServerSettings(), TimeSpan.FromSeconds(90)))
        {
            using var client = await FaultCounty.SignInAsync(server.Address, village);
            var padding = new string('路', 200);
            for (var n = 0; n < 200 && refusals.Count < 3; n++)
            {
                using var answer = await FaultCounty.SaveBatchAsync(client, village, $"full{n}", households, padding);
                if (answer.StatusCode == HttpStatusCode.OK) acknowledged.Add($"full{n}");
                else refusals.Add((answer.StatusCode, await FaultCounty.DetailAsync(answer)));
            }
            Assert.True(refusals.Count == 3, $"the disk never filled: {acknowledged.Count} batches saved");
            Assert.All(refusals, r =>
            {
                Assert.True(r.Status == HttpStatusCode.InsufficientStorage, $"{(int)r.Status}: {r.Detail}\n{server.Output}");
                Assert.Contains("存储空间已满，本次保存未生效", r.Detail);
            });
            Assert.NotEmpty(acknowledged);
            Assert.False(server.HasExited, server.Output);
        }

        // Still on the full disk: the database opens, every acknowledged batch is there in full, every chain verifies.
        await using var store = await FormHubStoreFactory.OpenAsync(storage.Options, FaultCounty.Catalog());
        var stored = await FaultCounty.StoredBatchesAsync(store, [village]);
        Assert.Equal(acknowledged.Order(), stored.Keys.Order());
        Assert.All(stored.Values, count => Assert.Equal(households, count));
        await FaultCounty.AssertVerifiedAsync(store);
    }
}
