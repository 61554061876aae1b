using Npgsql;

namespace FormHub.Storage.Tests.Engines;

/// <summary>
/// The throwaway PostgreSQL server that ./test.sh starts (FORMHUB_TEST_POSTGRES), for the Marten engine's tests and their
/// raw SQL. Without a server the tests fail with instructions: PostgreSQL tests never skip.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "FORMHUB_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server.");

    /// <summary>Runs a query as given (table names already qualified) on the test server; every row's columns as invariant text.</summary>
    internal static async Task<List<string?[]>> QueryRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await EngineQuery.ReadAllAsync(command);
    }

    /// <summary>Runs SQL as given (table names already qualified) on the test server.</summary>
    internal static async Task<int> ExecuteRawAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
