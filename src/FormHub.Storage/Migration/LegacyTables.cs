using System.Data.Common;
using System.Globalization;
using FormHub.Storage.Errors;
using Npgsql;

namespace FormHub.Storage.Migration;

/// <summary>
/// Read-only access to a database in the table layout the SQL engines wrote (the hand-written PostgreSQL engine's schema,
/// or a SQLite file): plain ADO.NET over the tables by name, with the few conversions the two differ in (PostgreSQL has
/// uuid, date, timestamptz, json and boolean columns; SQLite keeps them as text and integers). It writes nothing.
/// </summary>
internal sealed class LegacyTables : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _snapshot;
    private readonly string? _schema;

    private LegacyTables(DbConnection connection, DbTransaction snapshot, string? schema, string description)
    {
        _connection = connection;
        _snapshot = snapshot;
        _schema = schema;
        Description = description;
    }

    /// <summary>Where the tables are, for messages (no password).</summary>
    public string Description { get; }

    /// <summary>The hand-written engine's schema <paramref name="schema"/> on the PostgreSQL database <paramref name="connectionString"/>.</summary>
    public static async Task<LegacyTables> OpenPostgresAsync(string connectionString, string schema, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        // Every read in one snapshot: the chain check and the copy see the same database even if a server still writes.
        var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, snapshot)) await readOnly.ExecuteNonQueryAsync(ct);
        var safe = new NpgsqlConnectionStringBuilder(connectionString) { Password = null };
        return new LegacyTables(connection, snapshot, schema, $"PostgreSQL {safe.Host}:{safe.Port}/{safe.Database}（模式 {schema}）");
    }

    /// <summary>The SQLite engine's file <paramref name="file"/>, opened read-only.</summary>
    public static async Task<LegacyTables> OpenSqliteAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file)) throw new MigrationRefusedException($"找不到 SQLite 数据文件 {file}。", $"The SQLite file {file} does not exist.");
        var connection = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = file, Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await connection.OpenAsync(ct);
        // One read transaction: every read sees the file as it was at the first one.
        return new LegacyTables(connection, connection.BeginTransaction(deferred: true), null, $"SQLite {file}");
    }

    /// <summary>A table's name as a query names it (schema-qualified on PostgreSQL).</summary>
    public string T(string table) => _schema is null ? table : $"\"{_schema.Replace("\"", "\"\"")}\".{table}";

    public async Task<bool> HasTableAsync(string table, CancellationToken ct)
    {
        await using var command = Command();
        command.CommandText = _schema is null
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @t"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = @s AND table_name = @t";
        Add(command, "@t", table);
        if (_schema is not null) Add(command, "@s", _schema);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
    }

    public async Task<bool> HasColumnAsync(string table, string column, CancellationToken ct)
    {
        await using var command = Command();
        command.CommandText = _schema is null
            ? "SELECT COUNT(*) FROM pragma_table_info(@t) WHERE name = @c"
            : "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = @s AND table_name = @t AND column_name = @c";
        Add(command, "@t", table);
        Add(command, "@c", column);
        if (_schema is not null) Add(command, "@s", _schema);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>
    /// A lease (the live materializer's) some server still holds at <paramref name="now"/>: it renews it every few seconds
    /// while it runs, and gives it up when it stops. Both engines kept its end as UTC ticks.
    /// </summary>
    public async Task<(string Name, string Holder, DateTimeOffset Until)?> HeldLeaseAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (!await HasTableAsync("leases", ct)) return null;
        (string, string, DateTimeOffset)? held = null;
        await using var command = Command();
        command.CommandText = $"SELECT name, holder, expires_at FROM {T("leases")} WHERE expires_at > @now ORDER BY expires_at DESC";
        Add(command, "@now", now.UtcTicks);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (await reader.ReadAsync(ct)) held = (Text(reader, 0), Text(reader, 1), new DateTimeOffset(Long(reader, 2), TimeSpan.Zero));
        return held;
    }

    public async Task<long> CountAsync(string table, CancellationToken ct)
    {
        await using var command = Command();
        command.CommandText = $"SELECT COUNT(*) FROM {T(table)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Runs <paramref name="sql"/> (table names as <c>{name}</c>) and hands each row to <paramref name="each"/>, streaming:
    /// a county's events are read once, not held.
    /// </summary>
    public async Task ForEachAsync(string sql, Func<DbDataReader, Task> each, CancellationToken ct)
    {
        await using var command = Command();
        command.CommandText = Qualify(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) await each(reader);
    }

    public Task ForEachAsync(string sql, Action<DbDataReader> each, CancellationToken ct) =>
        ForEachAsync(sql, r => { each(r); return Task.CompletedTask; }, ct);

    /// <summary>Column text: PostgreSQL json/jsonb come back as their text too.</summary>
    public static string Text(DbDataReader r, int i) => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!;

    public static string? TextOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Text(r, i);

    public static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    public static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static int? IntOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Int(r, i);

    public static bool Bool(DbDataReader r, int i) => r.GetValue(i) is bool b ? b : Long(r, i) != 0;

    public static Guid Id(DbDataReader r, int i) => r.GetValue(i) is Guid g ? g : Guid.Parse(Text(r, i));

    public static DateOnly Date(DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var v => DateOnly.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    public static DateOnly? DateOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Date(r, i);

    /// <summary>A point in time from timestamptz, or from the round-trip text both engines keep in text columns.</summary>
    public static DateTimeOffset Time(DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateTimeOffset o => o.ToUniversalTime(),
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        var v => DateTimeOffset.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
    };

    public static DateTimeOffset? TimeOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Time(r, i);

    private string Qualify(string sql)
    {
        var start = sql.IndexOf('{');
        while (start >= 0)
        {
            var end = sql.IndexOf('}', start);
            sql = string.Concat(sql.AsSpan(0, start), T(sql[(start + 1)..end]), sql.AsSpan(end + 1));
            start = sql.IndexOf('{', start + 1);
        }
        return sql;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    public async ValueTask DisposeAsync()
    {
        await _snapshot.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private DbCommand Command()
    {
        var command = _connection.CreateCommand();
        command.Transaction = _snapshot;
        return command;
    }
}
