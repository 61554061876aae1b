using Npgsql;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>
/// The same server on PostgreSQL, in a database of its own created on the server named by FORMHUB_TEST_POSTGRES
/// (./test.sh starts a throwaway one; so does scripts/postgres-throwaway.sh). Without it the PostgreSQL tests fail: they never skip.
/// </summary>
public sealed class PostgresServer : ServerFixture
{
    public const string Variable = "FORMHUB_TEST_POSTGRES";

    private readonly string _database = "formhub_api_" + Guid.NewGuid().ToString("N")[..16];

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs : null;

    protected override bool Available => ConnectionString is not null;

    protected override ServerSettings Configure(ServerSettings settings) =>
        settings with { PostgresConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = _database }.ConnectionString };

    public override async Task InitializeAsync()
    {
        if (!Available)
            throw new InvalidOperationException($"{Variable} is not set: run ./test.sh, or start scripts/postgres-throwaway.sh and export its connection string");
        await ExecuteAsync($"CREATE DATABASE \"{_database}\"");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (!Available) return;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}

/// <summary>A PostgreSQL test: it fails, never skips, when FORMHUB_TEST_POSTGRES is not set (see <see cref="PostgresServer"/>).</summary>
public sealed class PostgresFactAttribute : FactAttribute;

/// <summary>A PostgreSQL theory: it fails, never skips, when FORMHUB_TEST_POSTGRES is not set.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute;
