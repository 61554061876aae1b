using FormHub.Storage;
using Npgsql;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// Where a fault test's server keeps its data: a temp data folder (SQLite), or a database of its own on a PostgreSQL
/// server; the audit key file beside it, outside the data folder. The same settings for the server process and for
/// the test's own look at the store.
/// </summary>
public sealed class FaultStorage : IAsyncDisposable
{
    private readonly string? _server;
    private readonly string? _database;

    private FaultStorage(string root, string dataDirectory, string? server, string? database)
    {
        Root = root;
        _server = server;
        _database = database;
        Options = new StorageOptions
        {
            DataDirectory = dataDirectory,
            AuditKeyFile = Path.Combine(root, "keys", "audit.key"),
            PostgresConnectionString = database is null ? null : new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
        };
    }

    public string Root { get; }

    public StorageOptions Options { get; }

    /// <summary>SQLite under <paramref name="dataDirectory"/> (default: a folder in this test's temp root).</summary>
    public static FaultStorage Sqlite(string? dataDirectory = null)
    {
        var root = Directory.CreateTempSubdirectory("formhub-faults-").FullName;
        return new FaultStorage(root, dataDirectory ?? Path.Combine(root, "data"), null, null);
    }

    /// <summary>
    /// A new database on the PostgreSQL server <paramref name="server"/> (a connection string).
    /// </summary>
    public static async Task<FaultStorage> PostgresAsync(string server)
    {
        var root = Directory.CreateTempSubdirectory("formhub-faults-").FullName;
        var database = "faults_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        return new FaultStorage(root, Path.Combine(root, "data"), server, database);
    }

    /// <summary>The server process's settings for this storage.</summary>
    public Dictionary<string, string> ServerSettings() => new()
    {
        ["FormHub__DataDirectory"] = Options.DataDirectory,
        ["FormHub__PostgresConnectionString"] = Options.PostgresConnectionString ?? "",
        ["FormHub__AuditKeyFile"] = Options.AuditKeyFile!,
    };

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null && _server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            try { await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)"); }
            catch (NpgsqlException) { /* the server is gone already (a test that stopped it) */ }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* cleaned up with the temp folder */ }
        catch (UnauthorizedAccessException) { /* a mount point still busy */ }
    }
}
