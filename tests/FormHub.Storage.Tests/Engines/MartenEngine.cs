using FormHub.Core.Catalog;
using Npgsql;

namespace FormHub.Storage.Tests.Engines;

/// <summary>
/// The Marten engine on the throwaway server (FORMHUB_TEST_POSTGRES), a fresh schema per test. Raw SQL reaches Marten's
/// tables: {entities} is <c>mt_doc_entities</c> (the record's values under <c>data -&gt; 'data'</c>), {events} the village
/// streams in <c>mt_events</c>; the tamper operations of <see cref="IStoreEngine"/> say how each edit is done here.
/// </summary>
public sealed class MartenEngine : IStoreEngine, IHoldsSavesOpen
{
    private readonly string _schema = "m_" + Guid.NewGuid().ToString("N");
    private IFormHubStore? _store;

    public string Schema => _schema;

    public IBehindTheStore Behind => new MartenSchema(this, _schema);

    public async Task<IFormHubStore> CreateStoreAsync(FieldCatalog catalog, TimeProvider clock, string? auditKeyFile = null)
    {
        _store = await FormHubStoreFactory.OpenAsync(new StorageOptions
        {
            PostgresConnectionString = TestPostgres.ConnectionString, PostgresSchema = _schema, AuditKeyFile = auditKeyFile,
        }, catalog, clock);
        return _store;
    }

    public Task<List<string?[]>> QueryAsync(string sql) => TestPostgres.QueryRawAsync(Qualify(sql));

    public Task<int> ExecuteAsync(string sql) => TestPostgres.ExecuteRawAsync(Qualify(sql));

    /// <summary>A copy of the village's first event appended to its stream, with its feed position, in a transaction left open.</summary>
    public async Task<NpgsqlTransaction> AppendWithoutCommittingAsync(string village)
    {
        var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        var tx = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(Qualify(
            $$"""
            WITH appended AS (
                INSERT INTO {events} (seq_id, id, stream_id, version, data, type, tenant_id, mt_dotnet_type)
                SELECT nextval('"{{_schema}}".mt_events_sequence'), gen_random_uuid(), stream_id, version + 100, data, type, tenant_id, mt_dotnet_type
                FROM {events} WHERE stream_id = '{{village}}' ORDER BY seq_id LIMIT 1
                RETURNING seq_id)
            INSERT INTO {event_feed} (seq) SELECT seq_id FROM appended
            """), connection, tx);
        await command.ExecuteNonQueryAsync();
        return tx;
    }

    /// <summary>
    /// The ID-number locks a save of <paramref name="numbers"/> takes (<see cref="Marten.IdentityLocks"/>), held in a transaction
    /// left open until the result is disposed.
    /// </summary>
    public async Task<IAsyncDisposable> LockIdentityNumbersWithoutCommittingAsync(IReadOnlyCollection<string> numbers)
    {
        var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        var tx = await connection.BeginTransactionAsync();
        var (sql, keys) = Marten.IdentityLocks.For(numbers);
        await using var command = new NpgsqlCommand(sql, connection, tx);
        command.Parameters.AddWithValue("space", _schema + ".identity");
        if (keys.Length > 0) command.Parameters.AddWithValue("keys", keys);
        await command.ExecuteNonQueryAsync();
        return new HeldTransaction(connection, tx);
    }

    /// <summary>A transaction left open, rolled back with its connection closed when disposed.</summary>
    internal sealed class HeldTransaction(NpgsqlConnection connection, NpgsqlTransaction tx) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await tx.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private static readonly Dictionary<string, string> Tables = new()
    {
        ["entities"] = "mt_doc_entities", ["events"] = "mt_events", ["periodic_values"] = "mt_doc_periodic_values",
        ["village_chains"] = "mt_doc_village_chains", ["identity_numbers"] = "mt_doc_identity_numbers", ["regions"] = "mt_doc_regions",
    };

    private string Qualify(string sql) => Qualify(sql, _schema);

    /// <summary>{entities}, {events} … replaced by the Marten tables of <paramref name="schema"/>; any other {name} by schema.name.</summary>
    internal static string Qualify(string sql, string schema)
    {
        foreach (var (name, table) in Tables) sql = sql.Replace("{" + name + "}", $"\"{schema}\".{table}");
        return sql.Replace("{", $"\"{schema}\".").Replace("}", "");
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        if (Environment.GetEnvironmentVariable(TestPostgres.Variable) is not { Length: > 0 }) return;
        await TestPostgres.ExecuteRawAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
    }
}
