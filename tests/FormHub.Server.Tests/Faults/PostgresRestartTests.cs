using System.Net;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// PostgreSQL restarted under load: while it is down every save is answered 503 with Retry-After and a Chinese message
/// (never a 500, nothing half-written); when it is back, saves succeed again with no one touching FormHub.
/// </summary>
public sealed class PostgresRestartTests
{
    [Fact]
    public async Task WhilePostgresRestartsSavesGetA503WithRetryAfterAndThenSucceedAgain()
    {
        await using var postgres = await DedicatedPostgres.StartAsync();
        await using var storage = await FaultStorage.PostgresAsync(postgres.ConnectionString);
        await FaultCounty.PrepareAsync(storage.Options);
        await using var server = await ServerProcess.StartAsync(storage.ServerSettings(), TimeSpan.FromSeconds(90));
        var clients = new List<(HttpClient, string)>();
        foreach (var village in FaultCounty.Villages.Take(2)) clients.Add((await FaultCounty.SignInAsync(server.Address, village), village));
        var burst = new SaveBurst(clients);
        using var stop = new CancellationTokenSource();
        var saving = burst.RunAsync("restart", TimeSpan.FromMilliseconds(20), stop.Token);
        await burst.WaitForAcknowledgedAsync(6, TimeSpan.FromSeconds(60));

        await postgres.StopAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (burst.Refused.Count < 4 && DateTime.UtcNow < deadline) await Task.Delay(50);
        var acknowledgedWhileDown = burst.AcknowledgedCount;
        await postgres.StartAgainAsync();

        // Back without a restart of FormHub: new saves are acknowledged again.
        deadline = DateTime.UtcNow.AddSeconds(60);
        while (burst.AcknowledgedCount < acknowledgedWhileDown + 4 && DateTime.UtcNow < deadline) await Task.Delay(50);
        stop.Cancel();
        await saving;

        Assert.True(burst.AcknowledgedCount >= acknowledgedWhileDown + 4, $"saves did not recover after the restart\n{server.Output}");
        Assert.NotEmpty(burst.Refused);
        Assert.All(burst.Refused, r =>
        {
            Assert.True(r.Status == HttpStatusCode.ServiceUnavailable, $"{(int)r.Status}: {r.Detail}\n{server.Output}");
            Assert.False(string.IsNullOrEmpty(r.RetryAfter), "no Retry-After");
            Assert.Contains("数据库", r.Detail);
            Assert.Contains("未生效", r.Detail);
        });

        await using var store = await FormHub.Storage.FormHubStoreFactory.OpenAsync(storage.Options, FaultCounty.Catalog());
        var stored = await FaultCounty.StoredBatchesAsync(store, FaultCounty.Villages.Take(2));
        foreach (var batch in burst.Acknowledged.Keys) Assert.Equal(FaultCounty.HouseholdsPerBatch, stored.GetValueOrDefault(batch));
        Assert.All(stored.Values, count => Assert.Equal(FaultCounty.HouseholdsPerBatch, count));
        await FaultCounty.AssertVerifiedAsync(store);
    }
}
