using FormHub.Core.Catalog;
using Npgsql;

namespace FormHub.Storage.Tests.Engines;

/// <summary>
/// The hand-written PostgreSQL engine (kept beside Marten until the migration off it, issue 17): a fresh schema per test
/// on the throwaway server that ./test.sh starts (FORMHUB_TEST_POSTGRES).
/// Without a server the tests fail with instructions: PostgreSQL tests never skip.
/// </summary>
public sealed class PostgresEngine : IStoreEngine, IHoldsSavesOpen
{
    public const string Variable = "FORMHUB_TEST_POSTGRES";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private IFormHubStore? _store;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server.");

    public string Schema => _schema;

    public IBehindTheStore Behind => new HandwrittenSchema(this, postgres: true);

    public async Task<IFormHubStore> CreateStoreAsync(FieldCatalog catalog, TimeProvider clock, string? auditKeyFile = null)
    {
        _store = await FormHubStoreFactory.OpenAsync(
            new StorageOptions
            {
                PostgresConnectionString = ConnectionString, PostgresSchema = _schema, AuditKeyFile = auditKeyFile, PostgresEngine = PostgresEngineKind.Handwritten,
            }, catalog, clock);
        return _store;
    }

    public Task<List<string?[]>> QueryAsync(string sql) => QueryRawAsync(Qualify(sql));

    /// <summary>Runs a query as given (table names already qualified) on the test server; every row's columns as invariant text.</summary>
    internal static async Task<List<string?[]>> QueryRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await EngineQuery.ReadAllAsync(command);
    }

    public string JsonColumnCast(string expression) => $"CAST({expression} AS jsonb)";

    public Task<int> ExecuteAsync(string sql) => ExecuteRawAsync(Qualify(sql));

    /// <summary>Runs SQL as given (table names already qualified) on the test server.</summary>
    internal static async Task<int> ExecuteRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs raw SQL in a transaction left open: a save still in flight. Disposing it rolls back.</summary>
    public async Task<NpgsqlTransaction> BeginAndExecuteAsync(string sql)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tx = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(Qualify(sql), connection, tx);
        await command.ExecuteNonQueryAsync();
        return tx;
    }

    public Task<NpgsqlTransaction> AppendWithoutCommittingAsync(string village) => BeginAndExecuteAsync(
        $$"""
        INSERT INTO {events} (county_code, village_code, village_seq, entity_id, entity_type, kind, valid_from, period, recorded_at,
            user_name, source, payload, prev_hash, hash)
        SELECT county_code, village_code, village_seq + 100, entity_id, entity_type, kind, valid_from, period, recorded_at,
            'late-writer', source, payload, prev_hash, hash
        FROM {events} WHERE village_code = '{{village}}' ORDER BY seq LIMIT 1
        """);

    private string Qualify(string sql) => sql.Replace("{", $"\"{_schema}\".").Replace("}", "");

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 }) return;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE";
        await command.ExecuteNonQueryAsync();
    }
}
