using FormHub.Core.Catalog;
using Microsoft.Data.Sqlite;

namespace FormHub.Storage.Tests.Engines;

/// <summary>A fresh SQLite file per test, deleted afterwards.</summary>
public sealed class SqliteEngine : IStoreEngine
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "formhub-test-" + Guid.NewGuid().ToString("N"));
    private IFormHubStore? _store;

    public IBehindTheStore Behind => new SqliteSchema(this);

    public async Task<IFormHubStore> CreateStoreAsync(FieldCatalog catalog, TimeProvider clock, string? auditKeyFile = null)
    {
        _store = await FormHubStoreFactory.OpenAsync(new StorageOptions { DataDirectory = _dir, AuditKeyFile = auditKeyFile }, catalog, clock);
        return _store;
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "formhub.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("{", "").Replace("}", "");
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<List<string?[]>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "formhub.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("{", "").Replace("}", "");
        return await EngineQuery.ReadAllAsync(command);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
