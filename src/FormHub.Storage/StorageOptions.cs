namespace FormHub.Storage;

/// <summary>
/// Where FormHub keeps its data; shared by the CLI and the server. SQLite under <see cref="DataDirectory"/> unless
/// <see cref="PostgresConnectionString"/> is set, then PostgreSQL on the Marten engine.
/// </summary>
public sealed record StorageOptions
{
    /// <summary>Environment variable naming the data directory (default ./data).</summary>
    public const string DataVariable = "FORMHUB_DATA";

    /// <summary>Environment variable holding a PostgreSQL connection string; when set, PostgreSQL (Marten) is used.</summary>
    public const string PostgresVariable = "FORMHUB_POSTGRES";

    public string DataDirectory { get; init; } = "data";

    public string? PostgresConnectionString { get; init; }

    /// <summary>PostgreSQL schema holding FormHub's tables.</summary>
    public string PostgresSchema { get; init; } = "formhub";

    /// <summary>Environment variable naming a shard layout file (<see cref="Shards.ShardLayout"/>): a province's counties over several PostgreSQL databases.</summary>
    public const string ShardLayoutVariable = "FORMHUB_SHARDS";

    /// <summary>
    /// A shard layout file: when set, the store is a <see cref="Shards.ShardedFormHubStore"/> over the Marten databases it
    /// names (<see cref="PostgresConnectionString"/> is then not used). Unset: one database, as before.
    /// </summary>
    public string? ShardLayoutFile { get; init; }

    public string SqlitePath => Path.Combine(DataDirectory, "formhub.db");

    /// <summary>
    /// The file holding the event chain's HMAC keys (<see cref="Audit.AuditKeyRing"/>); keep it away from the database and
    /// the data folder. Unset: <see cref="Audit.AuditKeyRing.DefaultPath"/>, generated on first start (demo mode).
    /// </summary>
    public string? AuditKeyFile { get; init; }

    public string AuditKeyPath => AuditKeyFile ?? Audit.AuditKeyRing.DefaultPath(DataDirectory);

    public static StorageOptions FromEnvironment() => new()
    {
        DataDirectory = Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } d ? d : "data",
        PostgresConnectionString = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } p ? p : null,
        AuditKeyFile = Environment.GetEnvironmentVariable(Audit.AuditKeyRing.FileVariable) is { Length: > 0 } k ? k : null,
        ShardLayoutFile = Environment.GetEnvironmentVariable(ShardLayoutVariable) is { Length: > 0 } l ? l : null,
    };

    /// <summary>A line for logs and CLI banners, without the password.</summary>
    public string Describe() => ShardLayoutFile is not null
        ? $"PostgreSQL (Marten) shards {Path.GetFullPath(ShardLayoutFile)} (schema {PostgresSchema})"
        : PostgresConnectionString is null
        ? $"SQLite {Path.GetFullPath(SqlitePath)}"
        : $"PostgreSQL (Marten) {new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString) { Password = null }.ConnectionString} (schema {PostgresSchema})";
}
