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
    };

    /// <summary>A line for logs and CLI banners, without the password.</summary>
    public string Describe() => PostgresConnectionString is null
        ? $"SQLite {Path.GetFullPath(SqlitePath)}"
        : $"PostgreSQL (Marten) {new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString) { Password = null }.ConnectionString} (schema {PostgresSchema})";
}
