using FormHub.Core.Catalog;
using FormHub.Storage.Audit;
using FormHub.Storage.Marten;
using FormHub.Storage.Tests.Contract;
using Npgsql;

namespace FormHub.Storage.Tests.Engines;

// TEMPORARY (issue 17b): runs the service contract tests on Marten before the core engine is merged; deleted then.
public sealed class TemporaryServiceEngine : IStoreEngine
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "formhub-test-" + Guid.NewGuid().ToString("N"));
    private IFormHubStore? _store;

    public async Task<IFormHubStore> CreateStoreAsync(FieldCatalog catalog, TimeProvider clock, string? auditKeyFile = null)
    {
        Directory.CreateDirectory(_dir);
        var keys = AuditKeyRing.LoadOrCreate(new StorageOptions { DataDirectory = _dir, AuditKeyFile = auditKeyFile }.AuditKeyPath);
        var store = new MartenFormHubStore(NpgsqlDataSource.Create(PostgresEngine.ConnectionString), _schema, catalog, keys, clock);
        await store.InitializeAsync();
        _store = store;
        return store;
    }

    public Task<List<string?[]>> QueryAsync(string sql) => throw new NotSupportedException();
    public string JsonColumnCast(string expression) => expression;
    public Task<int> ExecuteAsync(string sql) => throw new NotSupportedException();

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        await using var connection = new NpgsqlConnection(PostgresEngine.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class TemporaryServiceContractTests() : StoreContractTests(new TemporaryServiceEngine());
