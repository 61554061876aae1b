using FormHub.Core.Catalog;
using FormHub.Storage.Errors;
using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using Marten;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>The field catalog (数据目录) as versioned documents, and the version this store object holds in memory.</summary>
public sealed partial class MartenFormHubStore : ICatalogStore
{
    /// <summary>The version held and its catalog, swapped as one so a reader never sees one with the other's number.</summary>
    private sealed record HeldCatalog(long Version, FieldCatalog Catalog);

    /// <summary>Null until a version is loaded: until then the store holds the catalog it was opened with, as version 0.</summary>
    private volatile HeldCatalog? _heldCatalog;

    private readonly SemaphoreSlim _catalogLoad = new(1, 1);

    private HeldCatalog Held => _heldCatalog ?? new HeldCatalog(0, SeedCatalog);

    public long CatalogVersion => Held.Version;

    /// <summary>The version held and its catalog, read as one (a save validates against the catalog and checks the number).</summary>
    internal (long Version, FieldCatalog Catalog) HeldCatalogNow => Held is var held ? (held.Version, held.Catalog) : default;

    /// <summary>The newest catalog version stored, as a statement a save sends with others on its transaction (<c>COALESCE</c>: none is 0).</summary>
    internal string NewestCatalogVersionSql => $"SELECT COALESCE(MAX(id), 0) FROM {T("mt_doc_catalog_versions")}";

    /// <summary>Holds a newly loaded version: its number here, its catalog in <see cref="Catalog"/> (which the saves read).</summary>
    private void Hold(long version, FieldCatalog catalog)
    {
        _heldCatalog = new HeldCatalog(version, catalog);
        HoldCatalog(catalog);
    }

    /// <summary>
    /// An empty store gets the catalog it was opened with as version 1; then the newest stored version is loaded.
    /// Two servers starting on one empty database both try, and one inserts.
    /// </summary>
    private async Task SeedCatalogAsync(CancellationToken ct)
    {
        await WriteAsync(async session =>
        {
            if (await session.LoadAsync<CatalogVersionDocument>(1L, ct) is not null) return;
            session.Insert(new CatalogVersionDocument(1, CatalogJson.Write(SeedCatalog), CatalogSeed.User, Clock.GetUtcNow(), CatalogSeed.Summary));
        }, ct);
        await RefreshCatalogAsync(ct);
    }

    private static Task<long> NewestCatalogVersionAsync(IQuerySession session, CancellationToken ct) =>
        session.Query<CatalogVersionDocument>().OrderByDescending(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync(ct);

    public async Task<bool> RefreshCatalogAsync(CancellationToken ct = default)
    {
        // Every save asks this first: one plain indexed read, not a LINQ query Marten would parse and plan each time.
        long newest;
        await using (var connection = await DataSource.OpenConnectionAsync(ct))
        await using (var command = new NpgsqlCommand(NewestCatalogVersionSql, connection))
            newest = (long)(await command.ExecuteScalarAsync(ct))!;
        if (newest == Held.Version || newest == 0) return false;
        await _catalogLoad.WaitAsync(ct);
        try
        {
            if (Held.Version >= newest) return false;
            if (await ReadCatalogVersionAsync(newest, ct) is not { } catalog) return false;
            Hold(newest, catalog);
            return true;
        }
        finally
        {
            _catalogLoad.Release();
        }
    }

    public async Task<CatalogVersionInfo> SaveCatalogAsync(FieldCatalog catalog, long expectedVersion, string user, string summary,
        long? expectedTemplateRevision = null, AuditEntry? audit = null, CancellationToken ct = default)
    {
        var info = new CatalogVersionInfo(expectedVersion + 1, user, Clock.GetUtcNow(), summary);
        var document = CatalogJson.Write(catalog);
        bool saved;
        await using (var connection = await DataSource.OpenConnectionAsync(ct))
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            await LockDefinitionsAsync(connection, tx, ct);
            using var own = ReadReplay.OwnTransaction();
            await using var session = SessionOn(tx);
            if (expectedTemplateRevision is { } expected && await TemplateRevisionAsync(session, ct) is var actual && actual != expected)
                throw CatalogConflictException.TemplatesChanged(expectedVersion, expected, actual);
            // Versions are consecutive, so "the next number is free" is exactly "nobody saved since the version read";
            // one saved meanwhile takes the id first and this insert fails.
            saved = await NewestCatalogVersionAsync(session, ct) == expectedVersion;
            if (saved)
            {
                session.Insert(new CatalogVersionDocument(info.Version, document, user, info.ChangedAt, summary));
                if (audit is not null) await AddAuditAsync(session, [audit], ct);
                try
                {
                    await session.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                }
                catch (Exception e) when (IsWriteConflict(e))
                {
                    saved = false;
                }
            }
        }
        if (!saved)
        {
            await RefreshCatalogAsync(ct);
            throw new CatalogConflictException(expectedVersion, Held.Version);
        }
        await _catalogLoad.WaitAsync(ct);
        try
        {
            // Round-tripped, so this server holds exactly what every other one will load.
            if (Held.Version < info.Version) Hold(info.Version, CatalogJson.Read(document));
        }
        finally
        {
            _catalogLoad.Release();
        }
        return info;
    }

    /// <summary>Catalog saves and template log appends take this one lock, so neither escapes the other's check.</summary>
    private async Task LockDefinitionsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@lock))", connection, tx);
        command.Parameters.AddWithValue("lock", Schema + ".definitions");
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<StoredValueCount>> CountHistoryValuesAsync(string entityType, string field, CancellationToken ct = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        // The text match only narrows the scan to events naming the field somewhere; the payload is then read exactly.
        await using var command = new NpgsqlCommand(
            $"SELECT data ->> 'payload' FROM {T("mt_events")} WHERE data ->> 'entityType' = @type AND data ->> 'payload' LIKE @named", connection);
        command.Parameters.AddWithValue("type", entityType);
        command.Parameters.AddWithValue("named", "%\"" + field.Replace("%", "") + "\"%");
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) EventPayload.AddHistoryValues(reader.GetString(0), field, counts);
        return counts.Select(c => new StoredValueCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Json, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<CatalogVersionInfo>> ListCatalogVersionsAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        // Without the documents: only the columns the history page shows are read.
        return await session.Query<CatalogVersionDocument>().OrderByDescending(c => c.Id)
            .Select(c => new CatalogVersionInfo(c.Id, c.ChangedBy, c.ChangedAt, c.Summary)).ToListAsync(ct);
    }

    public async Task<FieldCatalog?> ReadCatalogVersionAsync(long version, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<CatalogVersionDocument>(version, ct) is { } stored ? CatalogJson.Read(stored.Catalog) : null;
    }

    public async Task<IReadOnlyList<StoredValueCount>> CountStoredValuesAsync(string entityType, string field, CancellationToken ct = default)
    {
        // Grouped by the JSON value, which Marten's LINQ does not express: one SQL query over each of the core's tables.
        // A record without the field (or with JSON null) counts as "null": what making the field required would refuse.
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        await AddValueCountsAsync(connection,
            $"SELECT CAST(data -> 'data' -> @field AS text), COUNT(*) FROM {T("mt_doc_entities")} WHERE entity_type = @type GROUP BY 1",
            entityType, field, counts, ct);
        await AddValueCountsAsync(connection,
            $"""
            SELECT CAST(data -> 'value' AS text), COUNT(*) FROM {T("mt_doc_periodic_values")}
            WHERE data ->> 'entityType' = @type AND data ->> 'field' = @field AND {PeriodicPresent} GROUP BY 1
            """, entityType, field, counts, ct);
        return counts.Select(c => new StoredValueCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Json, StringComparer.Ordinal).ToList();
    }

    private static async Task AddValueCountsAsync(NpgsqlConnection connection, string sql, string entityType, string field, Dictionary<string, long> counts,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("type", entityType);
        command.Parameters.AddWithValue("field", field);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var json = reader.IsDBNull(0) ? "null" : reader.GetString(0);
            counts[json] = counts.GetValueOrDefault(json) + reader.GetInt64(1);
        }
    }
}
