using System.Data.Common;
using FormHub.Storage.Sql;
using Npgsql;

namespace FormHub.Storage.Postgres;

/// <summary>
/// PostgreSQL for production: jsonb documents with a GIN index, every large table keyed first by county_code so a
/// province can distribute them with Citus (<c>create_distributed_table('entities', 'county_code')</c>).
/// </summary>
public sealed class PostgresDialect(NpgsqlDataSource dataSource, string schema) : SqlDialect
{
    private readonly string _schema = "\"" + schema.Replace("\"", "\"\"") + "\"";

    public override string EngineName => "postgres";

    public override string Location { get; } = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString) is var c
        ? $"postgres:{c.Host}:{c.Port}/{c.Database}/{schema}" : "";

    public override string Table(string name) => _schema + "." + name;

    public override IEnumerable<string> SchemaStatements() =>
    [
        $"CREATE SCHEMA IF NOT EXISTS {_schema}",
        $"CREATE TABLE IF NOT EXISTS {Table("regions")} (code text PRIMARY KEY, name text NOT NULL, level int NOT NULL, parent_code text)",
        $"""
        CREATE TABLE IF NOT EXISTS {Table("entities")} (
            county_code text NOT NULL, id uuid NOT NULL, village_code text NOT NULL, entity_type text NOT NULL,
            version bigint NOT NULL, data jsonb NOT NULL, field_valid_from jsonb NOT NULL, valid_from date NOT NULL,
            retired_on date, retired_reason int, retired_note text, search_text text NOT NULL, updated_at timestamptz NOT NULL,
            PRIMARY KEY (county_code, id))
        """,
        $"CREATE INDEX IF NOT EXISTS ix_entities_id ON {Table("entities")} (id)",
        $"CREATE INDEX IF NOT EXISTS ix_entities_village ON {Table("entities")} (village_code, entity_type, id)",
        $"CREATE INDEX IF NOT EXISTS ix_entities_data ON {Table("entities")} USING gin (data jsonb_path_ops)",
        $"""
        CREATE TABLE IF NOT EXISTS {Table("periodic_values")} (
            county_code text NOT NULL, village_code text NOT NULL, entity_id uuid NOT NULL, entity_type text NOT NULL,
            field text NOT NULL, period text NOT NULL, value jsonb NOT NULL, updated_at timestamptz NOT NULL, version bigint NOT NULL DEFAULT 1,
            PRIMARY KEY (county_code, entity_id, field, period))
        """,
        // Schemas from before periodic values had versions: every stored value starts at version 1.
        $"ALTER TABLE {Table("periodic_values")} ADD COLUMN IF NOT EXISTS version bigint NOT NULL DEFAULT 1",
        $"CREATE INDEX IF NOT EXISTS ix_periodic_village ON {Table("periodic_values")} (village_code, period)",
        // Keyed by the ID number, not the county: a person is one person across counties. Under Citus it is distributed by
        // id_number (or kept as a reference table), not by county_code like the large tables.
        $"""
        CREATE TABLE IF NOT EXISTS {Table("identity_numbers")} (
            id_number text NOT NULL, entity_id uuid NOT NULL, county_code text NOT NULL, village_code text NOT NULL,
            PRIMARY KEY (id_number, entity_id))
        """,
        $"CREATE INDEX IF NOT EXISTS ix_identity_entity ON {Table("identity_numbers")} (entity_id)",
        $"CREATE INDEX IF NOT EXISTS ix_identity_village ON {Table("identity_numbers")} (village_code)",
        // payload is json, not jsonb: json keeps the exact text the event hash covers.
        $"""
        CREATE TABLE IF NOT EXISTS {Table("events")} (
            county_code text NOT NULL, seq bigint GENERATED ALWAYS AS IDENTITY, village_code text NOT NULL,
            village_seq bigint NOT NULL, entity_id uuid NOT NULL, entity_type text NOT NULL, kind int NOT NULL,
            valid_from date NOT NULL, period text, recorded_at timestamptz NOT NULL, user_name text NOT NULL, source int NOT NULL,
            payload json NOT NULL, prev_hash text NOT NULL, hash text NOT NULL, tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
            PRIMARY KEY (county_code, seq))
        """,
        // Schemas from before the feed was ordered by transaction: their events all get the upgrading transaction's id.
        $"ALTER TABLE {Table("events")} ADD COLUMN IF NOT EXISTS tx xid8 NOT NULL DEFAULT pg_current_xact_id()",
        $"CREATE INDEX IF NOT EXISTS ix_events_feed ON {Table("events")} (tx, seq)",
        $"CREATE INDEX IF NOT EXISTS ix_events_village ON {Table("events")} (village_code, village_seq)",
        $"CREATE INDEX IF NOT EXISTS ix_events_asof ON {Table("events")} (village_code, entity_type, valid_from)",
        $"CREATE INDEX IF NOT EXISTS ix_events_entity ON {Table("events")} (entity_id, seq)",
        $"""
        CREATE TABLE IF NOT EXISTS {Table("village_chains")} (
            county_code text NOT NULL, village_code text NOT NULL, last_village_seq bigint NOT NULL, last_hash text NOT NULL,
            PRIMARY KEY (county_code, village_code))
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {Table("report_rows")} (
            county_code text NOT NULL, template_id text NOT NULL, version int NOT NULL, period text NOT NULL,
            unit_code text NOT NULL, level int NOT NULL, payload jsonb NOT NULL, computed_at timestamptz NOT NULL,
            PRIMARY KEY (county_code, template_id, version, period, unit_code))
        """,
        $"CREATE INDEX IF NOT EXISTS ix_report_rows_unit ON {Table("report_rows")} (template_id, version, unit_code, period)",
        $"CREATE TABLE IF NOT EXISTS {Table("feed_cursors")} (name text PRIMARY KEY, tx bigint NOT NULL, seq bigint NOT NULL)",
        $"CREATE TABLE IF NOT EXISTS {Table("leases")} (name text PRIMARY KEY, holder text NOT NULL, expires_at bigint NOT NULL)",
        $"""
        CREATE TABLE IF NOT EXISTS {Table("quarantined_changes")} (
            tx bigint NOT NULL, seq bigint NOT NULL, village_code text NOT NULL, period text NOT NULL, entity_type text NOT NULL,
            kind int NOT NULL, fields text NOT NULL, reason text NOT NULL, library_version text NOT NULL,
            quarantined_at bigint NOT NULL, attempts int NOT NULL, PRIMARY KEY (tx, seq))
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {Table("accounts")} (
            user_name text PRIMARY KEY, display_name text NOT NULL, role int NOT NULL, capture_scope text,
            view_scope text NOT NULL, department text, password_hash text NOT NULL)
        """,
        // A table of its own rather than new columns on accounts: schemas from before it need no upgrade step.
        $"""
        CREATE TABLE IF NOT EXISTS {Table("account_status")} (
            user_name text PRIMARY KEY, phone text, disabled boolean NOT NULL, must_change_password boolean NOT NULL,
            security_stamp text NOT NULL)
        """,
        $"CREATE TABLE IF NOT EXISTS {Table("protection_keys")} (name text PRIMARY KEY, xml text NOT NULL)",
        $"""
        CREATE TABLE IF NOT EXISTS {Table("api_clients")} (
            id text PRIMARY KEY, name text NOT NULL, department text NOT NULL, area text NOT NULL, scopes text NOT NULL,
            token_hash text NOT NULL UNIQUE, created_by text NOT NULL, created_at text NOT NULL, expires_at text NOT NULL,
            revoked_at text, last_used_at text, requests_per_minute int NOT NULL)
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {Table("import_profiles")} (
            name text PRIMARY KEY, entity_type text NOT NULL, body text NOT NULL, saved_by text NOT NULL, saved_at text NOT NULL)
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {Table("submissions")} (
            county_code text NOT NULL, village_code text NOT NULL, period text NOT NULL, status int NOT NULL,
            revision int NOT NULL, version bigint NOT NULL, comment text, updated_by text, updated_at timestamptz,
            submitted_at timestamptz, approved_at timestamptz,
            PRIMARY KEY (county_code, village_code, period))
        """,
        $"CREATE INDEX IF NOT EXISTS ix_submissions_period ON {Table("submissions")} (period, village_code)",
        // Small and county-spanning (sign-ins have no unit): a plain table, not distributed.
        $"""
        CREATE TABLE IF NOT EXISTS {Table("audit_log")} (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL, user_name text NOT NULL,
            action text NOT NULL, unit_code text, period text, detail text)
        """,
        $"CREATE INDEX IF NOT EXISTS ix_audit_unit ON {Table("audit_log")} (unit_code, seq)",
        // Subscriptions and what they were told are per user, small and county-spanning: plain tables.
        $"""
        CREATE TABLE IF NOT EXISTS {Table("subscriptions")} (
            id uuid PRIMARY KEY, user_name text NOT NULL, template_id text NOT NULL, unit_code text NOT NULL,
            feed_token text NOT NULL, webhook_url text, webhook_secret text, created_at timestamptz NOT NULL)
        """,
        $"CREATE INDEX IF NOT EXISTS ix_subscriptions_user ON {Table("subscriptions")} (user_name)",
        $"CREATE TABLE IF NOT EXISTS {Table("subscription_states")} (subscription_id uuid NOT NULL, period text NOT NULL, state text NOT NULL, PRIMARY KEY (subscription_id, period))",
        $"""
        CREATE TABLE IF NOT EXISTS {Table("notifications")} (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, subscription_id uuid NOT NULL, user_name text NOT NULL,
            template_id text NOT NULL, unit_code text NOT NULL, period text NOT NULL, kind text NOT NULL, title text NOT NULL,
            body text NOT NULL, created_at timestamptz NOT NULL, read_at timestamptz)
        """,
        $"CREATE INDEX IF NOT EXISTS ix_notifications_user ON {Table("notifications")} (user_name, id)",
        $"""
        CREATE TABLE IF NOT EXISTS {Table("webhook_deliveries")} (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, subscription_id uuid NOT NULL, notification_id bigint NOT NULL,
            url text NOT NULL, payload text NOT NULL, status int NOT NULL, attempts int NOT NULL, next_attempt_at timestamptz NOT NULL,
            last_status_code int, last_error text, created_at timestamptz NOT NULL, updated_at timestamptz)
        """,
        $"CREATE INDEX IF NOT EXISTS ix_deliveries_due ON {Table("webhook_deliveries")} (status, next_attempt_at)",
        $"CREATE INDEX IF NOT EXISTS ix_deliveries_subscription ON {Table("webhook_deliveries")} (subscription_id, id)",
        // The catalog's versions: a handful of documents, county-spanning (one catalog per deployment).
        $"""
        CREATE TABLE IF NOT EXISTS {Table("catalog_versions")} (
            version bigint PRIMARY KEY, document text NOT NULL, changed_by text NOT NULL, changed_at text NOT NULL, summary text NOT NULL)
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {Table("layouts")} (
            template_id text PRIMARY KEY, content bytea NOT NULL, file_name text NOT NULL, uploaded_by text NOT NULL, uploaded_at timestamptz NOT NULL)
        """,
    ];

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(ct);

    public override async Task LockVillageChainsAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<string> villages, CancellationToken ct)
    {
        // Always in code order, so two saves spanning the same villages cannot deadlock.
        foreach (var village in villages.Order(StringComparer.Ordinal))
        {
            await using var command = connection.Command("SELECT pg_advisory_xact_lock(hashtext(@lock))", tx).With("@lock", _schema + ".chain." + village);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task LockDefinitionsAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        await using var command = connection.Command("SELECT pg_advisory_xact_lock(hashtext(@lock))", tx).With("@lock", _schema + ".definitions");
        await command.ExecuteNonQueryAsync(ct);
    }

    public override string JsonField(string field) => $"data ->> '{field}'";

    public override async Task LockIdentityNumbersAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        // One lock per bucket of numbers, not per number: an import of 50,000 persons would otherwise take 50,000 locks in
        // one transaction and exhaust PostgreSQL's lock table ("out of shared memory"). Two numbers sharing a bucket only
        // wait for each other. In bucket order, so two saves cannot deadlock; released at commit.
        foreach (var bucket in idNumbers.Select(IdentityBucket).Distinct().Order())
        {
            await using var command = connection.Command("SELECT pg_advisory_xact_lock(hashtext(@space), @bucket)", tx)
                .With("@space", _schema + ".identity").With("@bucket", bucket);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Identity lock buckets: few enough to fit the lock table beside other work, many enough that cadres rarely wait.</summary>
    internal const int IdentityBuckets = 1024;

    /// <summary>The same bucket in every process (FNV-1a over the UTF-8 bytes; string.GetHashCode differs per process).</summary>
    internal static int IdentityBucket(string idNumber)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(idNumber.ToUpperInvariant())) hash = (hash ^ b) * 16777619u;
        return (int)(hash % IdentityBuckets);
    }

    // xid8 never wraps. Every transaction below the oldest one still running has ended, so nothing can commit before
    // the events released here; events of later transactions wait until the older ones end.
    public override string FeedTransaction => "CAST(CAST(tx AS text) AS bigint)";

    public override string FeedAfter =>
        "(tx, seq) > (CAST(CAST(@tx AS text) AS xid8), @seq) AND tx < pg_snapshot_xmin(pg_current_snapshot())";

    public override string FeedOrder(bool descending = false) => descending ? "tx DESC, seq DESC" : "tx, seq";

    public override string TableExists(string parameter) => $"SELECT COUNT(to_regclass({parameter}))";

    public override string ListTables =>
        $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{schema.Replace("'", "''")}' AND table_type = 'BASE TABLE'";

    public override string ColumnExists =>
        $"SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '{schema.Replace("'", "''")}' AND table_name = @table AND column_name = @column";

    public override string JsonDocument(string parameter) => $"CAST({parameter} AS jsonb)";

    public override string JsonText(string parameter) => $"CAST({parameter} AS json)";

    public override string JsonAsText(string column) => $"{column}::text";

    public override (string Sql, object Value) FieldEquals(string field, object? value, string parameter) => value switch
    {
        null => ($"NOT (data ? '{field}')", DBNull.Value),
        // Containment uses the GIN index (jsonb_path_ops).
        _ => ($"data @> CAST({parameter} AS jsonb)", FieldValueJson.WriteObject([KeyValuePair.Create<string, object?>(field, value)])),
    };

    public override string ChangeCount(string payloadColumn) => $"json_array_length({payloadColumn} -> 'changes')";

    public override object IdValue(Guid id) => id;

    public override Guid ReadId(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);
}
