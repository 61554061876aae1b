using System.Data.Common;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Audit;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sql;

/// <summary>
/// The store over plain SQL, shared by both engines; engine differences live in <see cref="SqlDialect"/>.
/// Split by topic: reads (this file's partners <c>.Reads</c>, <c>.AsOf</c>, <c>.Events</c>) and writes (<see cref="SqlStoreSession"/>, validated by <see cref="SaveWork"/>).
/// </summary>
public sealed partial class SqlFormHubStore : IFormHubStore
{
    private readonly SqlDialect _dialect;
    private readonly Func<ValueTask>? _dispose;

    public SqlFormHubStore(SqlDialect dialect, FieldCatalog catalog, AuditKeyRing auditKeys, TimeProvider? clock = null, Func<ValueTask>? dispose = null)
    {
        _dialect = dialect;
        _catalog = new HeldCatalog(0, catalog);
        AuditKeys = auditKeys;
        Clock = clock ?? TimeProvider.System;
        _dispose = dispose;
    }

    public string EngineName => _dialect.EngineName;

    public string Location => _dialect.Location;

    /// <summary>The newest catalog version this object has loaded (see <see cref="RefreshCatalogAsync"/>); until the store is initialised, the seed.</summary>
    public FieldCatalog Catalog => _catalog.Catalog;

    public AuditKeyRing AuditKeys { get; }

    internal TimeProvider Clock { get; }

    internal SqlDialect Dialect => _dialect;

    internal string T(string table) => _dialect.Table(table);

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using (var connection = await _dialect.OpenAsync(ct))
        {
            foreach (var statement in _dialect.SchemaStatements())
            {
                await using var command = connection.Command(statement);
                await command.ExecuteNonQueryAsync(ct);
            }
            await _dialect.UpgradeAsync(connection, ct);
            await CreateTemplateTablesAsync(connection, ct);
        }
        // Each upgrade that writes takes SQLite's write gate, which opens only when its connection closes: one connection each.
        await using (var connection = await _dialect.OpenAsync(ct)) await CarryOverLegacyCursorsAsync(connection, ct);
        await using (var connection = await _dialect.OpenAsync(ct)) await FillIdentityNumbersAsync(connection, ct);
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
        await using (var exists = connection.Command(_dialect.TableExists("@name")).With("@name", _dialect.Table("cursors")))
        {
            if (await exists.ScalarLongAsync(ct) == 0) return;
        }
        await using var tx = await _dialect.BeginWriteAsync(connection, ct);
        // The position's transaction is that of the event it points at (PostgreSQL; every upgraded event shares one).
        // WHERE true: SQLite needs it to read ON CONFLICT as the upsert of an INSERT … SELECT.
        await using (var copy = connection.Command(
            $"""
            INSERT INTO {T("feed_cursors")} (name, tx, seq)
            SELECT c.name, COALESCE((SELECT {_dialect.FeedTransaction} FROM {T("events")} WHERE seq <= c.position ORDER BY seq DESC LIMIT 1), 0), c.position
            FROM {T("cursors")} c WHERE true
            ON CONFLICT (name) DO NOTHING
            """, tx))
        {
            await copy.ExecuteNonQueryAsync(ct);
        }
        await using (var drop = connection.Command($"DROP TABLE {T("cursors")}", tx)) await drop.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Runs a single write in its own write transaction, so it queues with the other writers (on SQLite, asynchronously
    /// behind this process's write gate rather than in SQLite's busy handler on a pool thread).
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var tx = await _dialect.BeginWriteAsync(connection, ct);
        var result = await write(connection, tx);
        await tx.CommitAsync(ct);
        return result;
    }

    public IStoreSession OpenSession(string user, ChangeSource source) => new SqlStoreSession(this, user, source);

    public IBulkStoreSession OpenBulkSession(string user, ChangeSource source) => new SqlStoreSession(this, user, source, bulk: true);

    public async Task SaveRegionsAsync(IEnumerable<OrgUnit> units, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var tx = await _dialect.BeginWriteAsync(connection, ct);
        await using var command = connection.Command(
            $"""
            INSERT INTO {T("regions")} (code, name, level, parent_code) VALUES (@code, @name, @level, @parent)
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
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command($"SELECT code, name FROM {T("regions")} ORDER BY code");
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
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT (SELECT COUNT(*) FROM {T("regions")}), (SELECT COUNT(*) FROM {T("entities")}),
                   (SELECT COUNT(*) FROM {T("events")}), (SELECT COUNT(*) FROM {T("periodic_values")} WHERE {PeriodicPresent})
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    public async Task<long> CountRowsAsync(CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = connection.Command(_dialect.ListTables))
        await using (var r = await list.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct)) tables.Add(r.GetString(0));
        }
        long rows = 0;
        foreach (var table in tables)
        {
            // The seeded first catalog version is what opening any store writes: a store is empty with it.
            await using var count = connection.Command(table == "catalog_versions"
                ? $"SELECT COUNT(*) FROM {T(table)} WHERE version > 1" : $"SELECT COUNT(*) FROM {T(table)}");
            rows += await count.ScalarLongAsync(ct);
        }
        return rows;
    }

    /// <summary>Today in China Standard Time: validation ("not in the future") follows the cadre's calendar.</summary>
    internal DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime.AddHours(8));

    internal Task<DbConnection> OpenAsync(CancellationToken ct) => _dialect.OpenAsync(ct);

    public ValueTask DisposeAsync() => _dispose?.Invoke() ?? ValueTask.CompletedTask;
}
