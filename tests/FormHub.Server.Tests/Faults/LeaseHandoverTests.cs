using System.Diagnostics;
using System.Text.Json;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage;
using FormHub.Storage.Accounts;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// Two real server processes on one PostgreSQL database (Marten engine), as a county runs two servers behind a proxy:
/// exactly one derives the live reports at a time (it holds the materializer lease; the other only serves), and when the
/// holder is killed the hard way (SIGKILL, no release) the other takes the lease over and derives a later save within
/// 30 s, with the production lease timings (<see cref="LiveReportMaterializer.LeaseDuration"/>, the default poll).
/// </summary>
public sealed class LeaseHandoverTests
{
    private const string County = "360835000000";
    private const string Admin = "lease-admin";
    private const string Template = "tj-village-basic-yearly";

    [PostgresFact]
    public async Task KillingTheServerThatDerivesHandsTheLiveReportsToTheOtherServerWithin30Seconds()
    {
        await using var storage = await FaultStorage.PostgresAsync(PostgresServer.ConnectionString!);
        await FaultCounty.PrepareAsync(storage.Options);
        await using var store = await FormHubStoreFactory.OpenAsync(storage.Options, FaultCounty.Catalog());
        await store.SaveAccountAsync(new UserAccount
        {
            UserName = Admin, DisplayName = "县管理员", Role = AccountRole.Admin, ViewScope = County, PasswordHash = PasswordHashing.Hash(FaultCounty.Password),
        });

        var servers = new List<ServerProcess>();
        try
        {
            // Started one after the other so both run the schema check, then race for the lease on equal terms.
            servers.Add(await ServerProcess.StartAsync(storage.ServerSettings(), TimeSpan.FromSeconds(120)));
            servers.Add(await ServerProcess.StartAsync(storage.ServerSettings(), TimeSpan.FromSeconds(120)));
            var admins = new List<HttpClient>();
            foreach (var server in servers) admins.Add(await FaultCounty.SignInAsUserAsync(server.Address, Admin));

            // Exactly one holds the lease: the lease document names its process, and only its admin page says so.
            var holder = await DepartmentCalls.EventuallyAsync(async () => await HolderAsync(store, servers), h => h is not null, "a server holds the lease", 60);
            for (var look = 0; look < 3; look++)
            {
                Assert.True(await HoldsLeaseAsync(admins[holder!.Value]), "the lease holder's admin page says it holds the lease");
                Assert.False(await HoldsLeaseAsync(admins[1 - holder.Value]), "the other server says it does not");
                Assert.Equal(holder, await HolderAsync(store, servers));
                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            var village = FaultCounty.Villages[0];
            var year = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Yearly).Key;
            var cadre = await FaultCounty.SignInAsync(servers[1 - holder.Value].Address, village);
            Assert.True((await FaultCounty.SaveBatchAsync(cadre, village, "before")).IsSuccessStatusCode);
            await DepartmentCalls.EventuallyAsync(() => HouseholdsAsync(store, year, village), n => n == FaultCounty.HouseholdsPerBatch,
                "the holder derives a save made through the other server", 60);

            // kill -9 the holder: its lease stays in the database until it expires; nothing releases it.
            var survivor = 1 - holder.Value;
            servers[holder.Value].Kill();
            var sinceKill = Stopwatch.StartNew();
            Assert.True((await FaultCounty.SaveBatchAsync(cadre, village, "after")).IsSuccessStatusCode);
            await DepartmentCalls.EventuallyAsync(() => HouseholdsAsync(store, year, village), n => n == 2 * FaultCounty.HouseholdsPerBatch,
                "the other server derives the save made after the kill", 60);
            var handedOver = sinceKill.Elapsed;

            Assert.Equal(survivor, await HolderAsync(store, servers));
            Assert.True(await HoldsLeaseAsync(admins[survivor]));
            Assert.True(handedOver < TimeSpan.FromSeconds(30), $"the save after the kill was derived {handedOver.TotalSeconds:0.0} s after it");
            Console.WriteLine($"lease hand-over: save after kill -9 derived {handedOver.TotalSeconds:0.0} s after the kill");
            await FaultCounty.AssertVerifiedAsync(store);
        }
        finally
        {
            foreach (var server in servers) await server.DisposeAsync();
        }
    }

    /// <summary>Which of the servers the lease document names (its holder is <c>machine/pid/…</c>), or null.</summary>
    private static async Task<int?> HolderAsync(IFormHubStore store, List<ServerProcess> servers)
    {
        var holder = await store.GetLeaseHolderAsync(LiveReportMaterializer.LeaseName);
        if (holder is null) return null;
        var pid = int.Parse(holder.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);
        var index = servers.FindIndex(s => s.ProcessId == pid);
        return index < 0 ? null : index;
    }

    private static async Task<bool> HoldsLeaseAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/admin/live-reports")).OkJsonAsync()).GetProperty("thisServerHoldsLease").GetBoolean();

    /// <summary>The households the village's row of the yearly village report counts (0 before it is derived).</summary>
    private static async Task<decimal> HouseholdsAsync(IFormHubStore store, string year, string village)
    {
        if (await store.GetReportRowAsync(Template, 1, year, village) is not { } row) return 0m;
        using var payload = JsonDocument.Parse(row.Payload);
        return payload.RootElement.GetProperty("values").TryGetProperty("households", out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDecimal() : 0m;
    }
}
