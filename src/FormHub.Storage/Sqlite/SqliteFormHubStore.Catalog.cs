using FormHub.Storage.Shared;
using System.Data.Common;
using FormHub.Core.Catalog;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    /// <summary>The version held and its catalog, swapped as one so a reader never sees one with the other's number.</summary>
    private sealed record HeldCatalog(long Version, FieldCatalog Catalog);

    private volatile HeldCatalog _catalog;

    private readonly SemaphoreSlim _catalogLoad = new(1, 1);

    public long CatalogVersion => _catalog.Version;

    /// <summary>An empty store gets the catalog it was opened with as version 1; then the newest stored version is loaded.</summary>
    private async Task SeedCatalogAsync(CancellationToken ct)
    {
        // Two servers starting on one empty database both try; the second insert does nothing.
        await WriteAsync(async (connection, tx) =>
        {
            await using var insert = connection.Command(
                $"""
                INSERT INTO catalog_versions (version, document, changed_by, changed_at, summary)
                VALUES (1, @document, @by, @at, @summary) ON CONFLICT (version) DO NOTHING
                """, tx)
                .With("@document", CatalogJson.Write(_catalog.Catalog)).With("@by", CatalogSeed.User)
                .With("@at", Time(Clock.GetUtcNow())).With("@summary", CatalogSeed.Summary);
            return await insert.ExecuteNonQueryAsync(ct);
        }, ct);
        await RefreshCatalogAsync(ct);
    }

    public async Task<bool> RefreshCatalogAsync(CancellationToken ct = default)
    {
        long newest;
        await using (var connection = await OpenAsync(ct))
        await using (var command = connection.Command($"SELECT COALESCE(MAX(version), 0) FROM catalog_versions"))
        {
            newest = await command.ScalarLongAsync(ct);
        }
        if (newest == _catalog.Version || newest == 0) return false;
        await _catalogLoad.WaitAsync(ct);
        try
        {
            if (_catalog.Version >= newest) return false;
            if (await ReadCatalogVersionAsync(newest, ct) is not { } catalog) return false;
            _catalog = new HeldCatalog(newest, catalog);
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
        // Versions are consecutive, so "the next number is free" is exactly "nobody saved since the version read".
        var inserted = await WriteAsync(async (connection, tx) =>
        {
            if (expectedTemplateRevision is { } expected && await RevisionAsync(connection, tx, ct) is var actual && actual != expected)
                throw CatalogConflictException.TemplatesChanged(expectedVersion, expected, actual);
            await using var insert = connection.Command(
                $"""
                INSERT INTO catalog_versions (version, document, changed_by, changed_at, summary)
                SELECT @version, @document, @by, @at, @summary
                WHERE (SELECT COALESCE(MAX(version), 0) FROM catalog_versions) = @expected
                ON CONFLICT (version) DO NOTHING
                """, tx)
                .With("@version", info.Version).With("@document", CatalogJson.Write(catalog)).With("@by", user)
                .With("@at", Time(info.ChangedAt)).With("@summary", summary).With("@expected", expectedVersion);
            var rows = await insert.ExecuteNonQueryAsync(ct);
            if (rows == 1 && audit is not null) await InsertAuditAsync(connection, tx, audit, ct);
            return rows;
        }, ct);
        if (inserted != 1)
        {
            await RefreshCatalogAsync(ct);
            throw new CatalogConflictException(expectedVersion, _catalog.Version);
        }
        await _catalogLoad.WaitAsync(ct);
        try
        {
            // Round-tripped, so this server holds exactly what every other one will load.
            if (_catalog.Version < info.Version)
                _catalog = new HeldCatalog(info.Version, CatalogJson.Read(CatalogJson.Write(catalog)));
        }
        finally
        {
            _catalogLoad.Release();
        }
        return info;
    }

    public async Task<IReadOnlyList<CatalogVersionInfo>> ListCatalogVersionsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT version, changed_by, changed_at, summary FROM catalog_versions ORDER BY version DESC");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new List<CatalogVersionInfo>();
        while (await reader.ReadAsync(ct))
            versions.Add(new CatalogVersionInfo(reader.GetInt64(0), reader.GetString(1), ReadTime(reader, 2)!.Value, reader.GetString(3)));
        return versions;
    }

    public async Task<FieldCatalog?> ReadCatalogVersionAsync(long version, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT document FROM catalog_versions WHERE version = @version").With("@version", version);
        return await command.ExecuteScalarAsync(ct) is string document ? CatalogJson.Read(document) : null;
    }

    public async Task<IReadOnlyList<StoredValueCount>> CountStoredValuesAsync(string entityType, string field, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        // `data -> 'name'` is the field's JSON (SQLite reads a plain label as $.name); a missing field is NULL.
        await using (var current = connection.Command(
            $"""
            SELECT (data -> @field) AS v, COUNT(*) FROM entities
            WHERE entity_type = @type GROUP BY (data -> @field)
            """).With("@field", field).With("@type", entityType))
        {
            await AddCountsAsync(current, counts, ct);
        }
        await using (var periodic = connection.Command(
            $"""
            SELECT value AS v, COUNT(*) FROM periodic_values
            WHERE entity_type = @type AND field = @field AND {PeriodicPresent} GROUP BY value
            """).With("@field", field).With("@type", entityType))
        {
            await AddCountsAsync(periodic, counts, ct);
        }
        return counts.Select(c => new StoredValueCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Json, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<StoredValueCount>> CountHistoryValuesAsync(string entityType, string field, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        // The text match only narrows the scan to events naming the field somewhere (a '_' in the name matches any
        // character, which only widens it); the payload is then read exactly.
        await using var command = connection.Command(
            $"""
            SELECT payload FROM events
            WHERE entity_type = @type AND payload LIKE @named
            """).With("@type", entityType).With("@named", "%\"" + field.Replace("%", "") + "\"%");
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) EventPayload.AddHistoryValues(reader.GetString(0), field, counts);
        return counts.Select(c => new StoredValueCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Json, StringComparer.Ordinal).ToList();
    }

    private static async Task AddCountsAsync(DbCommand command, Dictionary<string, long> counts, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // A record without the field (or with JSON null) counts as "null": what making the field required would refuse.
            var json = reader.IsDBNull(0) ? "null" : reader.GetString(0);
            counts[json] = counts.GetValueOrDefault(json) + reader.GetInt64(1);
        }
    }
}
