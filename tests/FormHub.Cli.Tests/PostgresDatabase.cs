using Npgsql;

namespace FormHub.Cli.Tests;

/// <summary>
/// A fresh database on the throwaway PostgreSQL server of ./test.sh (FORMHUB_TEST_POSTGRES), dropped afterwards: the CLI
/// always uses the schema <c>formhub</c>, so each test gets a database of its own. Fails, never skips, without a server.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <param name="serverVariable">The variable naming the server: FORMHUB_TEST_POSTGRES, or FORMHUB_TEST_POSTGRES_2 for the second one of the shard tests.</param>
    public static async Task<PostgresDatabase> CreateAsync(string serverVariable = "FORMHUB_TEST_POSTGRES")
    {
        var server = Environment.GetEnvironmentVariable(serverVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException($"{serverVariable} is not set: run the tests with ./test.sh, which starts the throwaway PostgreSQL servers.");
        var database = new PostgresDatabase(server, "cli_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    /// <summary>Runs raw SQL in this database, behind the store's back.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
