using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Audit;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using JasperFx;
using JasperFx.Events;
using Marten;
using Marten.Services;
using Npgsql;
using Weasel.Core;

namespace FormHub.Storage.Marten;

/// <summary>
/// The PostgreSQL engine on Marten (issue 17): entity records as documents, each village's history as an event stream.
/// Split by topic into partial files; each file names the store interface it implements. This file: the store's own
/// members of <see cref="IFormHubStore"/> (schema, sessions, regions, counts); reads in <c>.Reads</c>, <c>.AsOf</c>,
/// <c>.Events</c> and <c>.Feed</c>, verification in <c>.Verify</c>, writes in <see cref="MartenStoreSession"/>.
/// </summary>
public sealed partial class MartenFormHubStore : IFormHubStore
{
    private readonly DocumentStore _documents;
    private readonly NpgsqlDataSource _dataSource;
    private FieldCatalog _catalog;

    public MartenFormHubStore(NpgsqlDataSource dataSource, string schema, FieldCatalog catalog, AuditKeyRing auditKeys, TimeProvider? clock = null)
    {
        _dataSource = dataSource;
        Schema = schema;
        SeedCatalog = catalog;
        _catalog = catalog;
        AuditKeys = auditKeys;
        Clock = clock ?? TimeProvider.System;
        var c = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        Location = $"postgres:{c.Host}:{c.Port}/{c.Database}/{schema}";
        _documents = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            options.DatabaseSchemaName = schema;
            options.Events.DatabaseSchemaName = schema;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            // Enums as numbers and camelCase names: the raw SQL reads below (and the operator's) name these paths. Text as it
            // is (no \uXXXX for Chinese or for the quotes of an event's payload): jsonb stores the same values either way,
            // and a village load sends about half the bytes for PostgreSQL to parse.
            options.UseSystemTextJsonForSerialization(EnumStorage.AsInteger, Casing.CamelCase,
                json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            options.Storage.ExtendedSchemaObjects.Add(FeedTable(schema));
            // Marten replays a unit of work PostgreSQL refused for a passing reason (a deadlock, a serialization failure,
            // short memory). On a transaction FormHub opened (every save) the replay cannot work: PostgreSQL aborted the
            // transaction, so it fails with 25P02 and hides the cause. No replay, then: the first failure is what the
            // caller sees, a lock failure becomes the conflict to reload, anything else stays the fault it is.
            options.ConfigureWritePolly(_ => { });
            // Reads likewise: never replayed on FormHub's own transaction, where a replay is refused the same way (25P02);
            // still replayed on a connection of their own (ReadReplay).
            options.ConfigurePolly(ReadReplay.Configure);
            ConfigureDocuments(options);
        });
    }

    /// <summary>"marten": the PostgreSQL engine.</summary>
    public string EngineName => "marten";

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The PostgreSQL schema holding this store's tables.</summary>
    public string Schema { get; }

    /// <summary>The catalog the store was opened with (it seeds an empty store's catalog versions).</summary>
    internal FieldCatalog SeedCatalog { get; }

    /// <summary>The newest catalog version this object has loaded (see <see cref="ICatalogStore.RefreshCatalogAsync"/>); until then, the seed.</summary>
    public FieldCatalog Catalog => Volatile.Read(ref _catalog);

    /// <summary>Makes <paramref name="catalog"/> the one held (the catalog topic calls it when it loads a newer version).</summary>
    internal void HoldCatalog(FieldCatalog catalog) => Volatile.Write(ref _catalog, catalog);

    public AuditKeyRing AuditKeys { get; }

    internal TimeProvider Clock { get; }

    internal IDocumentStore Documents => _documents;

    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>
    /// A Marten session enlisted in <paramref name="tx"/>, a transaction FormHub opened. Opened only inside a
    /// <see cref="ReadReplay.OwnTransaction"/> scope of the method owning the transaction, so its reads are not replayed
    /// and a failed statement is told as itself; outside one it is refused, not left replaying on an aborted transaction.
    /// </summary>
    internal IDocumentSession SessionOn(NpgsqlTransaction tx)
    {
        if (!ReadReplay.InOwnTransaction)
            throw new InvalidOperationException("A Marten session enlisted in FormHub's transaction needs a ReadReplay.OwnTransaction() scope around it.");
        return _documents.LightweightSession(SessionOptions.ForTransaction(tx));
    }

    /// <summary>Today in China Standard Time: validation ("not in the future") follows the cadre's calendar.</summary>
    internal DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime.AddHours(8));

    /// <summary>A table of this store's schema, quoted, e.g. <c>T("mt_doc_entities")</c>.</summary>
    internal string T(string table) => $"\"{Schema.Replace("\"", "\"\"")}\".{table}";

    /// <summary>Registers every document type with its indexes; each topic adds its own in its partial file.</summary>
    private static void ConfigureDocuments(StoreOptions options)
    {
        ConfigureEntityDocuments(options);
        ConfigureServiceDocuments(options);
    }

    /// <summary>Village, household and person records and the village event streams (core engine).</summary>
    static partial void ConfigureEntityDocuments(StoreOptions options);

    /// <summary>Accounts, submissions, subscriptions, report rows, templates, catalog versions, findings, profiles, API clients.</summary>
    static partial void ConfigureServiceDocuments(StoreOptions options);

    /// <summary>What the service topics set up on start after the schema exists (the catalog topic seeds the first version).</summary>
    private partial Task InitializeServicesAsync(CancellationToken ct);

    /// <summary>
    /// Creates or migrates every table, index and function Marten and Weasel manage for this store (documents, event
    /// streams, the feed table); safe on every start, and two processes starting together queue on Weasel's lock.
    /// </summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await RefuseHandwrittenDataAsync(ct);
        await _documents.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await CreateEventIndexesAsync(ct);
        await InitializeServicesAsync(ct);
        await FillIdentityClaimsAsync(ct);
        await MovePeriodicValuesToOwnPeriodsAsync(ct);
    }

    /// <summary>
    /// A schema that holds the records of the hand-written PostgreSQL engine (FormHub before Marten) is not opened: Marten
    /// would start empty beside them, and the county's records would seem gone while new saves went elsewhere. They are
    /// copied into a Marten schema with <c>formhub migrate --from-postgres</c>.
    /// </summary>
    private async Task RefuseHandwrittenDataAsync(CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection))
        {
            exists.Parameters.AddWithValue("table", T("entities"));
            if (await exists.ExecuteScalarAsync(ct) is not true) return;
        }
        await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {T("entities")})", connection);
        if (await any.ExecuteScalarAsync(ct) is true)
            throw new InvalidOperationException(
                $"PostgreSQL 模式 {Schema} 中已有旧版（手写）存储引擎的数据，Marten 引擎不能在其上启动：请先用 formhub migrate --from-postgres 把它复制到 Marten。" +
                $" / Schema {Schema} holds data of the old hand-written PostgreSQL engine; Marten will not start on it. Copy it into Marten with formhub migrate --from-postgres first.");
    }

    public IStoreSession OpenSession(string user, ChangeSource source) => new MartenStoreSession(this, user, source);

    public IBulkStoreSession OpenBulkSession(string user, ChangeSource source) => new MartenStoreSession(this, user, source, bulk: true);

    public async Task SaveRegionsAsync(IEnumerable<OrgUnit> units, CancellationToken ct = default)
    {
        await using var session = _documents.LightweightSession();
        var given = units.ToList();
        var stored = (await session.LoadManyAsync<RegionRecord>(ct, given.Select(u => u.Code.Value).Distinct())).ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var unit in given)
        {
            // A code already stored keeps its level and parent; only its name changes.
            var record = stored.GetValueOrDefault(unit.Code.Value)
                         ?? new RegionRecord { Id = unit.Code.Value, Level = (int)unit.Level, ParentCode = unit.Code.Parent?.Value };
            record.Name = unit.Name;
            stored[record.Id] = record;
            session.Store(record);
        }
        await session.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<OrgUnit>> GetRegionsAsync(CancellationToken ct = default)
    {
        await using var session = _documents.QuerySession();
        var regions = await session.Query<RegionRecord>().ToListAsync(ct);
        return regions.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new OrgUnit(RegionCode.Parse(r.Id), r.Name)).ToList();
    }

    public async Task<StoreCounts> CountAsync(CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT (SELECT COUNT(*) FROM {T("mt_doc_regions")}), (SELECT COUNT(*) FROM {T("mt_doc_entities")}),
                   (SELECT COUNT(*) FROM {T("mt_events")}), (SELECT COUNT(*) FROM {T("mt_doc_periodic_values")} WHERE {PeriodicPresent})
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>Rows in every table of the schema (Marten's own bookkeeping included); the seeded first catalog version does not count.</summary>
    public async Task<long> CountRowsAsync(CancellationToken ct = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema AND table_type = 'BASE TABLE'", connection))
        {
            list.Parameters.AddWithValue("schema", Schema);
            await using var r = await list.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) tables.Add(r.GetString(0));
        }
        long rows = 0;
        foreach (var table in tables)
        {
            // Marten's event progression and the seeded first catalog version are what opening any store writes: a store is empty with them.
            if (table is "mt_event_progression") continue;
            await using var count = new NpgsqlCommand(table == "mt_doc_catalog_versions"
                ? $"SELECT COUNT(*) FROM {T(table)} WHERE id > 1" : $"SELECT COUNT(*) FROM {T("\"" + table + "\"")}", connection);
            rows += (long)(await count.ExecuteScalarAsync(ct))!;
        }
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        _documents.Dispose();
        await _dataSource.DisposeAsync();
    }
}
