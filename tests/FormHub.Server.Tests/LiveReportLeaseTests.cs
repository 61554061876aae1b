using FormHub.Reports;
using FormHub.Server.Tests.Faults;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// The live-reports lease between servers of one process: a server started on a copy of another server's database (as
/// the test fixtures start from the first seeded server's database) works at once instead of waiting out the lease row
/// the copy carried along, and a server that is stopped gives its lease up.
/// </summary>
public sealed class LiveReportLeaseTests : IDisposable
{
    private readonly string _first = Directory.CreateTempSubdirectory("formhub-lease-a-").FullName;
    private readonly string _copy = Directory.CreateTempSubdirectory("formhub-lease-b-").FullName;

    private static FormHubFactory Server(string data) => new(new ServerSettings(data) { SeedDemo = false, MaterializerPollMilliseconds = 50 });

    private static Task<string?> HolderAsync(FormHubFactory server) =>
        server.Services.GetRequiredService<IFormHubStore>().GetLeaseHolderAsync(LiveReportMaterializer.LeaseName);

    private static string HolderName(FormHubFactory server) => server.Services.GetRequiredService<LiveReportMaterializer>().Holder;

    [Fact]
    public async Task AServerStartedOnACopyOfARunningServersDatabaseTakesTheLeaseAtOnceAndAStoppedServerGivesItsLeaseUp()
    {
        var first = Server(_first);
        await using (first)
        {
            _ = first.Server;
            await DepartmentCalls.EventuallyAsync(() => HolderAsync(first), h => h == HolderName(first), "the first server holds the lease");
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_first, "formhub.db")};Pooling=false"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"VACUUM INTO '{Path.Combine(_copy, "formhub.db")}'";
                await command.ExecuteNonQueryAsync();
            }

            // The copy's lease row names the first server, which works on its own database: before, the second server
            // waited 20–30 s for it to expire, and saves made meanwhile reached no report.
            await using var second = Server(_copy);
            _ = second.Server;
            await DepartmentCalls.EventuallyAsync(() => HolderAsync(second), h => h == HolderName(second), "the server on the copy holds its lease", seconds: 5);
            Assert.Equal(HolderName(first), await HolderAsync(first));
        }

        await using var store = await FormHubStoreFactory.OpenAsync(new StorageOptions { DataDirectory = _first }, FaultCounty.Catalog());
        Assert.Null(await store.GetLeaseHolderAsync(LiveReportMaterializer.LeaseName));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var directory in new[] { _first, _copy })
        {
            try { Directory.Delete(directory, recursive: true); }
            catch (IOException) { /* cleaned up with the temp folder */ }
        }
    }
}
