namespace FormHub.Storage;

/// <summary>
/// Where FormHub keeps its data; shared by the CLI and the server. SQLite under <see cref="DataDirectory"/> unless
/// <see cref="PostgresConnectionString"/> is set.
/// </summary>
public sealed record StorageOptions
{
    /// <summary>Environment variable naming the data directory (default ./data).</summary>
    public const string DataVariable = "FORMHUB_DATA";

    /// <summary>Environment variable holding a PostgreSQL connection string; when set, PostgreSQL is used.</summary>
    public const string PostgresVariable = "FORMHUB_POSTGRES";

    public string DataDirectory { get; init; } = "data";

    public string? PostgresConnectionString { get; init; }

    /// <summary>Environment variable choosing the PostgreSQL engine: <c>marten</c> or <c>handwritten</c> (see <see cref="PostgresEngine"/>).</summary>
    public const string PostgresEngineVariable = "FORMHUB_POSTGRES_ENGINE";

    /// <summary>
    /// Which engine serves PostgreSQL: Marten (documents and event streams), or the hand-written SQL engine, kept for the
    /// side-by-side benchmark and the migration off it (issue 17).
    /// </summary>
    public PostgresEngineKind PostgresEngine { get; init; } = DefaultPostgresEngine;

    /// <summary>The engine PostgreSQL runs on unless told otherwise.</summary>
    public const PostgresEngineKind DefaultPostgresEngine = PostgresEngineKind.Marten;

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
        PostgresEngine = ParseEngine(Environment.GetEnvironmentVariable(PostgresEngineVariable)),
        ShardLayoutFile = Environment.GetEnvironmentVariable(ShardLayoutVariable) is { Length: > 0 } l ? l : null,
    };

    /// <summary>The engine named by <see cref="PostgresEngineVariable"/>; unset is the default, anything else unknown is refused.</summary>
    public static PostgresEngineKind ParseEngine(string? value) => TryParseEngine(value, out var engine)
        ? engine
        : throw new ArgumentException($"{PostgresEngineVariable}={value}：须为 marten 或 handwritten / expected marten or handwritten");

    /// <summary><see cref="ParseEngine"/> without throwing (options validation).</summary>
    public static bool TryParseEngine(string? value, out PostgresEngineKind engine)
    {
        engine = value?.Trim().ToLowerInvariant() switch
        {
            null or "" => DefaultPostgresEngine,
            "marten" => PostgresEngineKind.Marten,
            "handwritten" => PostgresEngineKind.Handwritten,
            _ => (PostgresEngineKind)(-1),
        };
        return Enum.IsDefined(engine);
    }

    /// <summary>A line for logs and CLI banners, without the password.</summary>
    public string Describe() => ShardLayoutFile is not null
        ? $"PostgreSQL (Marten) shards {Path.GetFullPath(ShardLayoutFile)} (schema {PostgresSchema})"
        : PostgresConnectionString is null
        ? $"SQLite {Path.GetFullPath(SqlitePath)}"
        : $"PostgreSQL ({PostgresEngine}) {new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString) { Password = null }.ConnectionString} (schema {PostgresSchema})";
}

/// <summary>The PostgreSQL engines (issue 17).</summary>
public enum PostgresEngineKind
{
    /// <summary>The hand-written SQL engine shared with SQLite through a dialect.</summary>
    Handwritten,

    /// <summary>Marten: documents and one event stream per village.</summary>
    Marten,
}
