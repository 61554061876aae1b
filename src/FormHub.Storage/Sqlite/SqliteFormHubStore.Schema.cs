using System.Data.Common;

namespace FormHub.Storage.Sqlite;

/// <summary>SQLite's tables (JSON1 text columns), created on start, and the upgrades a statement alone cannot make.</summary>
public sealed partial class SqliteFormHubStore
{
    /// <summary>Statements creating every table and index if missing.</summary>
    private static IEnumerable<string> SchemaStatements() =>
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
        // A unit's periods of every template in one read (the live materializer's, per changed village).
        "CREATE INDEX IF NOT EXISTS ix_report_rows_of_unit ON report_rows (unit_code, template_id, version, period)",
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

    /// <summary>SQLite has no ADD COLUMN IF NOT EXISTS: files from before periodic values had versions get the column here.</summary>
    private static async Task AddPeriodicVersionColumnAsync(DbConnection connection, CancellationToken ct)
    {
        await using var exists = connection.Command("SELECT COUNT(*) FROM pragma_table_info('periodic_values') WHERE name = 'version'");
        if (await exists.ScalarLongAsync(ct) > 0) return;
        await using var add = connection.Command("ALTER TABLE periodic_values ADD COLUMN version INTEGER NOT NULL DEFAULT 1");
        await add.ExecuteNonQueryAsync(ct);
    }
}
