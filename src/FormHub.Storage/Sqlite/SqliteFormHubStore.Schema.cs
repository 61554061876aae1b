using System.Collections.Concurrent;
using System.Data.Common;
using FormHub.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace FormHub.Storage.Sqlite;

/// <summary>SQLite (JSON1) as the embedded default: one file, WAL journal, one writer at a time.</summary>
public sealed class SqliteDialect(string connectionString) : SqlDialect
{
    // One gate per database file in this process (stores opened twice on one file share it).
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _writeGate = WriteGates.GetOrAdd(new SqliteConnectionStringBuilder(connectionString).DataSource, _ => new SemaphoreSlim(1, 1));

    public override string EngineName => "sqlite";

    public override string Location { get; } = "sqlite:" + Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public override string Table(string name) => name;

    public override IEnumerable<string> SchemaStatements() =>
    [
        "PRAGMA journal_mode = WAL",
        "CREATE TABLE IF NOT EXISTS regions (code TEXT PRIMARY KEY, name TEXT NOT NULL, level INTEGER NOT NULL, parent_code TEXT)",
        """
        CREATE TABLE IF NOT EXISTS entities (
            id TEXT PRIMARY KEY, county_code TEXT NOT NULL, village_code TEXT NOT NULL, entity_type TEXT NOT NULL,
            version INTEGER NOT NULL, data TEXT NOT NULL CHECK (json_valid(data)), field_valid_from TEXT NOT NULL,
            valid_from TEXT NOT NULL, retired_on TEXT, retired_reason INTEGER, retired_note TEXT,
            search_text TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_entities_village ON entities (village_code, entity_type, id)",
        """
        CREATE TABLE IF NOT EXISTS periodic_values (
            county_code TEXT NOT NULL, village_code TEXT NOT NULL, entity_id TEXT NOT NULL, entity_type TEXT NOT NULL,
            field TEXT NOT NULL, period TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (county_code, entity_id, field, period))
        """,
        "CREATE INDEX IF NOT EXISTS ix_periodic_village ON periodic_values (village_code, period)",
        """
        CREATE TABLE IF NOT EXISTS identity_numbers (
            id_number TEXT NOT NULL, entity_id TEXT NOT NULL, county_code TEXT NOT NULL, village_code TEXT NOT NULL,
            PRIMARY KEY (id_number, entity_id))
        """,
        "CREATE INDEX IF NOT EXISTS ix_identity_entity ON identity_numbers (entity_id)",
        "CREATE INDEX IF NOT EXISTS ix_identity_village ON identity_numbers (village_code)",
        """
        CREATE TABLE IF NOT EXISTS events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, county_code TEXT NOT NULL, village_code TEXT NOT NULL,
            village_seq INTEGER NOT NULL, entity_id TEXT NOT NULL, entity_type TEXT NOT NULL, kind INTEGER NOT NULL,
            valid_from TEXT NOT NULL, period TEXT, recorded_at TEXT NOT NULL, user_name TEXT NOT NULL, source INTEGER NOT NULL,
            payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_events_village ON events (village_code, village_seq)",
        "CREATE INDEX IF NOT EXISTS ix_events_asof ON events (village_code, entity_type, valid_from)",
        "CREATE INDEX IF NOT EXISTS ix_events_entity ON events (entity_id, seq)",
        """
        CREATE TABLE IF NOT EXISTS village_chains (
            county_code TEXT NOT NULL, village_code TEXT NOT NULL, last_village_seq INTEGER NOT NULL, last_hash TEXT NOT NULL,
            PRIMARY KEY (county_code, village_code))
        """,
        "CREATE UNIQUE INDEX IF NOT EXISTS ux_village_chains ON village_chains (village_code)",
        """
        CREATE TABLE IF NOT EXISTS report_rows (
            county_code TEXT NOT NULL, template_id TEXT NOT NULL, version INTEGER NOT NULL, period TEXT NOT NULL,
            unit_code TEXT NOT NULL, level INTEGER NOT NULL, payload TEXT NOT NULL, computed_at TEXT NOT NULL,
            PRIMARY KEY (county_code, template_id, version, period, unit_code))
        """,
        "CREATE INDEX IF NOT EXISTS ix_report_rows_unit ON report_rows (template_id, version, unit_code, period)",
        "CREATE TABLE IF NOT EXISTS feed_cursors (name TEXT PRIMARY KEY, tx INTEGER NOT NULL, seq INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at INTEGER NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS quarantined_changes (
            tx INTEGER NOT NULL, seq INTEGER NOT NULL, village_code TEXT NOT NULL, period TEXT NOT NULL, entity_type TEXT NOT NULL,
            kind INTEGER NOT NULL, fields TEXT NOT NULL, reason TEXT NOT NULL, library_version TEXT NOT NULL,
            quarantined_at INTEGER NOT NULL, attempts INTEGER NOT NULL, PRIMARY KEY (tx, seq))
        """,
        """
        CREATE TABLE IF NOT EXISTS accounts (
            user_name TEXT PRIMARY KEY, display_name TEXT NOT NULL, role INTEGER NOT NULL, capture_scope TEXT,
            view_scope TEXT NOT NULL, department TEXT, password_hash TEXT NOT NULL)
        """,
        // A table of its own rather than new columns on accounts: stores from before it need no upgrade step.
        """
        CREATE TABLE IF NOT EXISTS account_status (
            user_name TEXT PRIMARY KEY, phone TEXT, disabled INTEGER NOT NULL, must_change_password INTEGER NOT NULL,
            security_stamp TEXT NOT NULL)
        """,
        "CREATE TABLE IF NOT EXISTS protection_keys (name TEXT PRIMARY KEY, xml TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS api_clients (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, department TEXT NOT NULL, area TEXT NOT NULL, scopes TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE, created_by TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
            revoked_at TEXT, last_used_at TEXT, requests_per_minute INTEGER NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS import_profiles (
            name TEXT PRIMARY KEY, entity_type TEXT NOT NULL, body TEXT NOT NULL, saved_by TEXT NOT NULL, saved_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS submissions (
            county_code TEXT NOT NULL, village_code TEXT NOT NULL, period TEXT NOT NULL, status INTEGER NOT NULL,
            revision INTEGER NOT NULL, version INTEGER NOT NULL, comment TEXT, updated_by TEXT, updated_at TEXT,
            submitted_at TEXT, approved_at TEXT,
            PRIMARY KEY (county_code, village_code, period))
        """,
        "CREATE INDEX IF NOT EXISTS ix_submissions_period ON submissions (period, village_code)",
        """
        CREATE TABLE IF NOT EXISTS audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL,
            unit_code TEXT, period TEXT, detail TEXT)
        """,
        "CREATE INDEX IF NOT EXISTS ix_audit_unit ON audit_log (unit_code, seq)",
        """
        CREATE TABLE IF NOT EXISTS subscriptions (
            id TEXT PRIMARY KEY, user_name TEXT NOT NULL, template_id TEXT NOT NULL, unit_code TEXT NOT NULL,
            feed_token TEXT NOT NULL, webhook_url TEXT, webhook_secret TEXT, created_at TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_subscriptions_user ON subscriptions (user_name)",
        "CREATE TABLE IF NOT EXISTS subscription_states (subscription_id TEXT NOT NULL, period TEXT NOT NULL, state TEXT NOT NULL, PRIMARY KEY (subscription_id, period))",
        """
        CREATE TABLE IF NOT EXISTS notifications (
            id INTEGER PRIMARY KEY AUTOINCREMENT, subscription_id TEXT NOT NULL, user_name TEXT NOT NULL, template_id TEXT NOT NULL,
            unit_code TEXT NOT NULL, period TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
            created_at TEXT NOT NULL, read_at TEXT)
        """,
        "CREATE INDEX IF NOT EXISTS ix_notifications_user ON notifications (user_name, id)",
        """
        CREATE TABLE IF NOT EXISTS webhook_deliveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT, subscription_id TEXT NOT NULL, notification_id INTEGER NOT NULL, url TEXT NOT NULL,
            payload TEXT NOT NULL, status INTEGER NOT NULL, attempts INTEGER NOT NULL, next_attempt_at TEXT NOT NULL,
            last_status_code INTEGER, last_error TEXT, created_at TEXT NOT NULL, updated_at TEXT)
        """,
        "CREATE INDEX IF NOT EXISTS ix_deliveries_due ON webhook_deliveries (status, next_attempt_at)",
        "CREATE INDEX IF NOT EXISTS ix_deliveries_subscription ON webhook_deliveries (subscription_id, id)",
        """
        CREATE TABLE IF NOT EXISTS catalog_versions (
            version INTEGER PRIMARY KEY, document TEXT NOT NULL, changed_by TEXT NOT NULL, changed_at TEXT NOT NULL, summary TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS layouts (
            template_id TEXT PRIMARY KEY, content BLOB NOT NULL, file_name TEXT NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL)
        """,
    ];

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    /// <summary>SQLite has no ADD COLUMN IF NOT EXISTS: files from before periodic values had versions get the column here.</summary>
    public override async Task UpgradeAsync(DbConnection connection, CancellationToken ct)
    {
        await using var exists = connection.Command("SELECT COUNT(*) FROM pragma_table_info('periodic_values') WHERE name = 'version'");
        if (await exists.ScalarLongAsync(ct) > 0) return;
        await using var add = connection.Command("ALTER TABLE periodic_values ADD COLUMN version INTEGER NOT NULL DEFAULT 1");
        await add.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Waits for this process's other writers asynchronously, then takes SQLite's write lock. Without the gate every waiting
    /// save sleeps in SQLite's busy handler on a thread-pool thread (Microsoft.Data.Sqlite's async methods run
    /// synchronously), and a queue of saves starves the server of threads for everything else. The gate opens when the
    /// connection closes, which every write path does right after its commit or rollback; other processes on the same
    /// file are still covered by busy_timeout.
    /// </summary>
    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
            connection.StateChange += OpenGateOnClose;
            return transaction;
        }
        catch
        {
            _writeGate.Release();
            throw;
        }
    }

    private void OpenGateOnClose(object? sender, System.Data.StateChangeEventArgs e)
    {
        if (e.CurrentState != System.Data.ConnectionState.Closed) return;
        ((DbConnection)sender!).StateChange -= OpenGateOnClose;
        _writeGate.Release();
    }

    // SQLite allows one writer; the IMMEDIATE transaction already serialises appends.
    public override Task LockVillageChainsAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<string> villages, CancellationToken ct) =>
        Task.CompletedTask;

    // The one writer already serialises every write.
    public override Task LockDefinitionsAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) => Task.CompletedTask;

    public override string JsonField(string field) => $"json_extract(data, '$.{field}')";

    // The one writer already serialises every save.
    public override Task LockIdentityNumbersAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<string> idNumbers, CancellationToken ct) =>
        Task.CompletedTask;

    // One writer at a time commits in sequence order: the sequence alone is a gap-free feed position.
    public override string FeedTransaction => "0";

    public override string FeedAfter => "seq > @seq";

    public override string FeedOrder(bool descending = false) => descending ? "seq DESC" : "seq";

    public override string TableExists(string parameter) => $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = {parameter}";

    public override string ListTables => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

    public override string ColumnExists => "SELECT COUNT(*) FROM pragma_table_info(@table) WHERE name = @column";

    public override string JsonDocument(string parameter) => $"json({parameter})";

    public override string JsonText(string parameter) => parameter;

    public override string JsonAsText(string column) => column;

    public override (string Sql, object Value) FieldEquals(string field, object? value, string parameter) => value switch
    {
        null => ($"json_extract(data, '$.{field}') IS NULL", DBNull.Value),
        // json_extract yields 1/0 for true/false and REAL or INTEGER for numbers; compare like with like.
        bool b => ($"json_extract(data, '$.{field}') = {parameter}", b ? 1 : 0),
        decimal d => ($"json_extract(data, '$.{field}') = {parameter}", (double)d),
        DateOnly d => ($"json_extract(data, '$.{field}') = {parameter}", d.ToString("yyyy-MM-dd")),
        _ => ($"json_extract(data, '$.{field}') = {parameter}", value),
    };

    public override string ChangeCount(string payloadColumn) => $"json_array_length({payloadColumn}, '$.changes')";

    public override object IdValue(Guid id) => id.ToString("D");

    public override Guid ReadId(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));
}
