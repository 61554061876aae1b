using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// No acknowledged write lost, no half batch: the real server process is killed with SIGKILL (kill -9) while several
/// cadres save batches, then started again on the same data. Every batch that got a 200 is there in full; every other
/// batch is there in full or not at all; every chain verifies. On both engines.
/// </summary>
public abstract class ServerCrashTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private FaultStorage _storage = null!;

    protected abstract Task<FaultStorage> CreateStorageAsync();

    public async Task InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        await FaultCounty.PrepareAsync(_storage.Options);
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task EverySaveAcknowledgedBeforeAKillIsThereAfterARestartAndNoBatchIsHalfThere()
    {
        var server = await ServerProcess.StartAsync(_storage.ServerSettings(), StartTimeout);
        SaveBurst burst;
        try
        {
            var clients = new List<(HttpClient, string)>();
            foreach (var village in FaultCounty.Villages) clients.Add((await FaultCounty.SignInAsync(server.Address, village), village));
            burst = new SaveBurst(clients);
            using var stop = new CancellationTokenSource();
            var saving = burst.RunAsync("crash", TimeSpan.Zero, stop.Token);
            await burst.WaitForAcknowledgedAsync(24, TimeSpan.FromSeconds(60));

            server.Kill(); // while the clients are still sending
            await Task.Delay(300);
            stop.Cancel();
            await saving;
        }
        finally
        {
            await server.DisposeAsync();
        }
        Assert.DoesNotContain(burst.Refused, r => (int)r.Status >= 500);
        Assert.NotEmpty(burst.Unanswered); // the kill did land in the middle of saves

        await using var restarted = await ServerProcess.StartAsync(_storage.ServerSettings(), StartTimeout);
        await using (var store = await FormHubStoreFactory.OpenAsync(_storage.Options, FaultCounty.Catalog()))
        {
            var stored = await FaultCounty.StoredBatchesAsync(store, FaultCounty.Villages);
            foreach (var batch in burst.Acknowledged.Keys)
                Assert.True(stored.GetValueOrDefault(batch) == FaultCounty.HouseholdsPerBatch, $"acknowledged batch {batch} has {stored.GetValueOrDefault(batch)} households");
            foreach (var (batch, count) in stored)
                Assert.True(count == FaultCounty.HouseholdsPerBatch, $"batch {batch} is there in part: {count} of {FaultCounty.HouseholdsPerBatch}");
            Assert.All(stored.Keys, b => Assert.True(burst.Acknowledged.ContainsKey(b) || burst.Unanswered.Contains(b), $"{b} was never sent"));
            await FaultCounty.AssertVerifiedAsync(store);
        }

        // The restarted server takes saves again.
        using var client = await FaultCounty.SignInAsync(restarted.Address, FaultCounty.Villages[0]);
        using var after = await FaultCounty.SaveBatchAsync(client, FaultCounty.Villages[0], "after");
        Assert.True(after.IsSuccessStatusCode, $"{(int)after.StatusCode}: {await FaultCounty.DetailAsync(after)}\n{restarted.Output}");
    }
}

public sealed class SqliteServerCrashTests : ServerCrashTests
{
    protected override Task<FaultStorage> CreateStorageAsync() => Task.FromResult(FaultStorage.Sqlite());
}

public sealed class PostgresServerCrashTests : ServerCrashTests
{
    protected override Task<FaultStorage> CreateStorageAsync() => FaultStorage.PostgresAsync(
        PostgresServer.ConnectionString ?? throw new InvalidOperationException($"{PostgresServer.Variable} is not set: run ./test.sh"));
}
