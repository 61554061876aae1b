using FormHub.Storage.Sqlite;
using FormHub.Storage.Tests.Engines;
using Microsoft.Data.Sqlite;

namespace FormHub.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite engine's per-connection settings (<c>busy_timeout</c>, <c>synchronous</c>): set once per SQLite handle, which
/// Microsoft.Data.Sqlite pools under every connection object, and never missing on a handle the store opens.
/// </summary>
public sealed class SqliteConnectionSettingsTests : IAsyncLifetime
{
    private readonly SqliteEngine _engine = new();
    private SqliteFormHubStore _store = null!;

    public async Task InitializeAsync() =>
        _store = (SqliteFormHubStore)await _engine.CreateStoreAsync(TestCatalog.Create(), new FixedClock(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero)));

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task EveryHandleTheStoreOpensHasItsSettingsTheFirstTimeAndWhenReused()
    {
        await AssertSettingsAsync();
        await AssertSettingsAsync(); // the pooled handle again
        SqliteConnection.ClearAllPools();
        await AssertSettingsAsync(); // a new handle
    }

    [Fact]
    public async Task AReusedHandleIsNotSetUpAgain()
    {
        SQLitePCL.sqlite3 first;
        await using (var connection = (SqliteConnection)await _store.OpenAsync(default))
        {
            first = connection.Handle!;
            await using var full = connection.CreateCommand();
            full.CommandText = "PRAGMA synchronous = FULL";
            await full.ExecuteNonQueryAsync();
        }
        await using (var again = (SqliteConnection)await _store.OpenAsync(default))
        {
            Assert.Same(first, again.Handle); // the pool gave the same handle back
            // Left as the last user set it: the two setup statements did not run on this open.
            Assert.Equal(2L, await ScalarAsync(again, "PRAGMA synchronous"));
        }
    }

    [Fact]
    public async Task HandlesOpenedAtTheSameTimeEachGetTheirSettings()
    {
        // Several connections open at once: the pool hands out several handles, each set up before it is first used.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++) await AssertSettingsAsync();
        })));
    }

    private async Task AssertSettingsAsync()
    {
        await using var connection = (SqliteConnection)await _store.OpenAsync(default);
        Assert.Equal(10000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous")); // NORMAL
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
