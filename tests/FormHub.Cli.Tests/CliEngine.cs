using Microsoft.Data.Sqlite;

namespace FormHub.Cli.Tests;

/// <summary>
/// The storage engine a CLI test runs on: a <see cref="CliHarness"/> set up for it, and raw SQL behind the store's back.
/// Test classes that must hold on both engines take one of these in their per-engine subclasses.
/// </summary>
public abstract class CliEngine : IAsyncDisposable
{
    public CliHarness Cli { get; protected set; } = null!;

    public abstract Task StartAsync();

    /// <summary>Runs raw SQL on the CLI's database (unqualified FormHub table names).</summary>
    public abstract Task<int> ExecuteAsync(string sql);

    /// <summary>Runs a raw query and returns every row's columns as invariant text.</summary>
    public abstract Task<List<string?[]>> QueryAsync(string sql);

    protected static async Task<List<string?[]>> ReadAllAsync(System.Data.Common.DbCommand command)
    {
        var rows = new List<string?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Whether this engine keeps Marten's tables (PostgreSQL) rather than SQLite's.</summary>
    protected virtual bool Marten => false;

    private static string Text(string s) => "'" + s.Replace("'", "''") + "'";

    /// <summary>Replaces text in the stored records of one type behind the store's back; returns how many changed.</summary>
    public Task<int> ReplaceInRecordsAsync(string entityType, string find, string replace) => ExecuteAsync(Marten
        ? $"UPDATE mt_doc_entities SET data = jsonb_set(data, ARRAY['data'], CAST(REPLACE(CAST(data -> 'data' AS text), {Text(find)}, {Text(replace)}) AS jsonb)) WHERE entity_type = {Text(entityType)}"
        : $"UPDATE entities SET data = REPLACE(data, {Text(find)}, {Text(replace)}) WHERE entity_type = {Text(entityType)}");

    /// <summary>Sets every stored periodic value of <paramref name="field"/> to <paramref name="json"/>; returns how many changed.</summary>
    public Task<int> SetPeriodicValueAsync(string field, string json) => ExecuteAsync(Marten
        ? $"UPDATE mt_doc_periodic_values SET data = jsonb_set(data, ARRAY['value'], CAST({Text(json)} AS jsonb)) WHERE data ->> 'field' = {Text(field)}"
        : $"UPDATE periodic_values SET value = {Text(json)} WHERE field = {Text(field)}");

    /// <summary>Overwrites the stored hash of one event; returns how many changed.</summary>
    public Task<int> SetEventHashAsync(string village, long villageSequence, string hash) => ExecuteAsync(Marten
        ? $"UPDATE mt_events SET data = jsonb_set(data, ARRAY['hash'], to_jsonb(CAST({Text(hash)} AS text))) WHERE stream_id = {Text(village)} AND version = {villageSequence}"
        : $"UPDATE events SET hash = {Text(hash)} WHERE village_code = {Text(village)} AND village_seq = {villageSequence}");

    /// <summary>Every stored report row, in a fixed order (what a backup must carry over).</summary>
    public Task<List<string?[]>> ReadReportRowsAsync() => QueryAsync(Marten
        ? "SELECT id, CAST(data AS text) FROM mt_doc_report_rows ORDER BY id"
        : "SELECT template_id, version, period, unit_code, level, payload FROM report_rows ORDER BY template_id, version, period, unit_code");

    /// <summary>Every stored event's place in its chain, hash and key id, in chain order.</summary>
    public Task<List<string?[]>> ReadEventChainsAsync() => QueryAsync(Marten
        ? "SELECT stream_id, version, data ->> 'hash', data ->> 'keyId' FROM mt_events ORDER BY stream_id, version"
        : "SELECT village_code, village_seq, hash, key_id FROM events ORDER BY village_code, village_seq");

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteCliEngine : CliEngine
{
    public override Task StartAsync()
    {
        Cli = new CliHarness();
        return Task.CompletedTask;
    }

    public override async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Cli.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public override async Task<List<string?[]>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Cli.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await ReadAllAsync(command);
    }

    public override ValueTask DisposeAsync()
    {
        Cli.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresCliEngine : CliEngine
{
    private PostgresDatabase _database = null!;

    public string ConnectionString => _database.ConnectionString;

    public override async Task StartAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        Cli = new CliHarness { PostgresConnectionString = _database.ConnectionString };
    }

    // The CLI keeps its tables in the schema formhub.
    public override Task<int> ExecuteAsync(string sql) => _database.ExecuteAsync("SET search_path TO formhub; " + sql);

    public override async Task<List<string?[]>> QueryAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SET search_path TO formhub; " + sql, connection);
        return await ReadAllAsync(command);
    }

    protected override bool Marten => true;

    public override async ValueTask DisposeAsync()
    {
        Cli.Dispose();
        await _database.DisposeAsync();
    }
}
