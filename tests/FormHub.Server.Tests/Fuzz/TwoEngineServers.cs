using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests.Fuzz;

/// <summary>
/// A fresh seeded server on each engine, written to by nothing but the fuzzer, so their stored states can be compared.
/// Needs FORMHUB_TEST_POSTGRES like every PostgreSQL test (it fails, never skips, without it).
/// </summary>
public sealed class TwoEngineServers : IAsyncLifetime
{
    public SqliteServer Sqlite { get; } = new();

    public PostgresServer Postgres { get; } = new();

    public async Task InitializeAsync()
    {
        await Sqlite.InitializeAsync();
        await Postgres.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Sqlite.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
