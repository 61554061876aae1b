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

    /// <summary>SQL casting a text expression to the documents' JSON column type (jsonb on PostgreSQL).</summary>
    public abstract string JsonCast(string expression);

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

    public override string JsonCast(string expression) => expression;

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

    public override string JsonCast(string expression) => $"CAST({expression} AS jsonb)";

    public override async ValueTask DisposeAsync()
    {
        Cli.Dispose();
        await _database.DisposeAsync();
    }
}
