using System.Data.Common;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Audit;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Microsoft.Data.Sqlite;

namespace FormHub.Storage.Sqlite;

/// <summary>
/// The embedded engine: one SQLite file (JSON1), the default for <c>./run.sh</c> and a single county's laptop or server.
/// Split by topic: reads (this file's partners <c>.Reads</c>, <c>.AsOf</c>, <c>.Events</c>) and writes (<see cref="SqliteStoreSession"/>, validated by <see cref="SaveWork"/>).
/// </summary>
public sealed partial class SqliteFormHubStore : IFormHubStore
{
    /// <summary>Opens (on <see cref="InitializeAsync"/>) the database that <paramref name="connectionString"/> names.</summary>
    public SqliteFormHubStore(string connectionString, FieldCatalog catalog, AuditKeyRing auditKeys, TimeProvider? clock = null)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        _connectionString = connectionString;
        _writeGate = WriteGates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
        Location = "sqlite:" + Path.GetFullPath(file);
        _catalog = new HeldCatalog(0, catalog);
        AuditKeys = auditKeys;
        Clock = clock ?? TimeProvider.System;
    }

    public string EngineName => "sqlite";

    public string Location { get; }

    /// <summary>The newest catalog version this object has loaded (see <see cref="RefreshCatalogAsync"/>); until the store is initialised, the seed.</summary>
    public FieldCatalog Catalog => _catalog.Catalog;

    public AuditKeyRing AuditKeys { get; }

    internal TimeProvider Clock { get; }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using (var connection = await OpenAsync(ct))
        {
            foreach (var statement in SchemaStatements())
            {
                await using var command = connection.Command(statement);
                await command.ExecuteNonQueryAsync(ct);
            }
            await AddPeriodicVersionColumnAsync(connection, ct);
            await CreateTemplateTablesAsync(connection, ct);
        }
        // Each upgrade that writes takes SQLite's write gate, which opens only when its connection closes: one connection each.
        await using (var connection = await OpenAsync(ct)) await CarryOverLegacyCursorsAsync(connection, ct);
        await using (var connection = await OpenAsync(ct)) await FillIdentityNumbersAsync(connection, ct);
        await AddAuditKeyColumnsAsync(ct);
        await SeedCatalogAsync(ct);
        await MovePeriodicValuesToOwnPeriodsAsync(ct);
        await CreateFindingTablesAsync(ct);
    }

    /// <summary>
    /// Databases from before feed positions had a transaction part kept them in <c>cursors</c>: carry them over once, so
    /// the materializer resumes where it was instead of re-deriving the whole history.
    /// </summary>
    private async Task CarryOverLegacyCursorsAsync(DbConnection connection, CancellationToken ct)
    {
        await using (var exists = connection.Command("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name").With("@name", "cursors"))
        {
            if (await exists.ScalarLongAsync(ct) == 0) return;
        }
        await using var tx = await BeginWriteAsync(connection, ct);
        // The position's transaction part is 0 on SQLite: one writer commits in sequence order.
        // WHERE true: SQLite needs it to read ON CONFLICT as the upsert of an INSERT … SELECT.
        await using (var copy = connection.Command(
            $"""
            INSERT INTO feed_cursors (name, tx, seq)
            SELECT c.name, 0, c.position
            FROM cursors c WHERE true
            ON CONFLICT (name) DO NOTHING
            """, tx))
        {
            await copy.ExecuteNonQueryAsync(ct);
        }
        await using (var drop = connection.Command($"DROP TABLE cursors", tx)) await drop.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Runs a single write in its own write transaction, so it queues with the other writers (on SQLite, asynchronously
    /// behind this process's write gate rather than in SQLite's busy handler on a pool thread).
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        var result = await write(connection, tx);
        await tx.CommitAsync(ct);
        return result;
    }

    public IStoreSession OpenSession(string user, ChangeSource source) => new SqliteStoreSession(this, user, source);

    public IBulkStoreSession OpenBulkSession(string user, ChangeSource source) => new SqliteStoreSession(this, user, source, bulk: true);

    public async Task SaveRegionsAsync(IEnumerable<OrgUnit> units, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        await using var command = connection.Command(
            $"""
            INSERT INTO regions (code, name, level, parent_code) VALUES (@code, @name, @level, @parent)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name
            """, tx)
            .With("@code", "").With("@name", "").With("@level", 0).With("@parent", null);
        foreach (var unit in units)
        {
            command.Set("@code", unit.Code.Value);
            command.Set("@name", unit.Name);
            command.Set("@level", (int)unit.Level);
            command.Set("@parent", unit.Code.Parent?.Value);
            await command.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<OrgUnit>> GetRegionsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT code, name FROM regions ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var units = new List<OrgUnit>();
        while (await reader.ReadAsync(ct))
        {
            units.Add(new OrgUnit(RegionCode.Parse(reader.GetString(0)), reader.GetString(1)));
        }
        return units;
    }

    public async Task<StoreCounts> CountAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT (SELECT COUNT(*) FROM regions), (SELECT COUNT(*) FROM entities),
                   (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM periodic_values WHERE {PeriodicPresent})
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    public async Task<long> CountRowsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = connection.Command("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        await using (var r = await list.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct)) tables.Add(r.GetString(0));
        }
        long rows = 0;
        foreach (var table in tables)
        {
            // The seeded first catalog version is what opening any store writes: a store is empty with it.
            await using var count = connection.Command(table == "catalog_versions"
                ? $"SELECT COUNT(*) FROM {table} WHERE version > 1" : $"SELECT COUNT(*) FROM {table}");
            rows += await count.ScalarLongAsync(ct);
        }
        return rows;
    }

    /// <summary>Today in China Standard Time: validation ("not in the future") follows the cadre's calendar.</summary>
    internal DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime.AddHours(8));

    // Connections are pooled by Microsoft.Data.Sqlite and each closed after use: nothing to release here.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
