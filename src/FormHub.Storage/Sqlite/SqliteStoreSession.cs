using FormHub.Storage.Shared;
using System.Data.Common;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

/// <summary>
/// Saves a session's operations in one SQL transaction: <see cref="SaveWork"/> validates them; this writes rows guarded
/// by version, periodic values and hash-chained events. Opened as a bulk session (<see cref="IBulkStoreSession"/>) it
/// keeps one transaction open and writes each flushed batch into it, so a load of any size holds one batch in memory.
/// </summary>
internal sealed class SqliteStoreSession(SqliteFormHubStore store, string user, ChangeSource source, bool bulk = false) : StoreSession, IBulkStoreSession
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;

    public override async Task<SaveResult> SaveChangesAsync(CancellationToken ct = default)
    {
        if (bulk) return await FlushBatchAsync(ct);
        if (Operations.Count == 0) return new SaveResult(0, new Dictionary<Guid, long>());
        // Values are checked against the newest catalog version, whichever server or command saved it.
        await store.RefreshCatalogAsync(ct);

        await using var connection = await store.OpenAsync(ct);
        await using var tx = await store.BeginWriteAsync(connection, ct);
        var work = new SqliteSaveWork(store, connection, tx, user, source) { Filings = Filings };
        var result = await work.RunAsync(Operations, ct);
        await tx.CommitAsync(ct);
        Operations.Clear();
        return result;
    }

    public void Audit(AuditEntry entry) => KeepAuditLine(entry, bulk);

    public async Task FlushAsync(CancellationToken ct = default) => await FlushBatchAsync(ct);

    /// <summary>Writes the pending batch inside the bulk transaction (see <see cref="StoreSession.WriteBatchUnderSavepointAsync"/>).</summary>
    private async Task<SaveResult> FlushBatchAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(Spent, this);
        if (Operations.Count == 0) return new SaveResult(0, new Dictionary<Guid, long>());
        await BeginAsync(ct);

        return await WriteBatchUnderSavepointAsync(_transaction!,
            () => new SqliteSaveWork(store, _connection!, _transaction!, user, source) { Filings = Filings }.RunAsync(Operations, ct), ct);
    }

    private async Task BeginAsync(CancellationToken ct)
    {
        if (_transaction is not null) return;
        // One catalog version for the whole load: the newest when its first batch is written.
        await store.RefreshCatalogAsync(ct);
        _connection = await store.OpenAsync(ct);
        _transaction = await store.BeginWriteAsync(_connection, ct);
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await FlushBatchAsync(ct);
        Spent = true;
        if (AuditLines.Count > 0) await BeginAsync(ct);
        if (_transaction is null) return;
        foreach (var entry in AuditLines) await store.InsertAuditAsync(_connection!, _transaction, entry, ct);
        await _transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        Spent = true;
        // A transaction not committed is rolled back by its disposal; the SQLite write gate opens when the connection closes.
        if (_transaction is not null) await _transaction.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        _transaction = null;
        _connection = null;
    }

    /// <summary>SQLite's reads and writes of one save.</summary>
    private sealed class SqliteSaveWork(SqliteFormHubStore store, DbConnection connection, DbTransaction tx, string user, ChangeSource source)
        : SaveWork(store.Catalog, store.Today)
    {
        protected override async Task<IReadOnlyList<EntityState>> LoadEntitiesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
        {
            var found = new List<EntityState>();
            await using var command = connection.Command("", tx);
            command.CommandText = $"SELECT {store.EntityColumns} FROM entities WHERE id IN ({command.WithList("@id", ids.Select(SqliteIds.Text))})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) found.Add(store.ReadEntityState(reader));
            return found;
        }

        protected override async Task<IReadOnlyList<EntityState>> LoadEntitiesWithoutFieldsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
            await store.ReadStatesWithoutFieldsAsync(connection, tx, ids, ct);

        protected override Task<IReadOnlyList<Submission>> ReadClosedMonthsAsync(string villageCode, string fromMonth, CancellationToken ct) =>
            store.ListClosedSubmissionsAsync(connection, tx, villageCode, fromMonth, ct);

        protected override async Task<IReadOnlyDictionary<string, string>> RegionNamesAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var command = connection.Command("", tx);
            command.CommandText = $"SELECT code, name FROM regions WHERE code IN ({command.WithList("@r", codes)})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) names[reader.GetString(0)] = reader.GetString(1);
            return names;
        }

        protected override async Task<IReadOnlyDictionary<Guid, (string Type, string Village)>> FindRecordsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
        {
            var found = new Dictionary<Guid, (string Type, string Village)>();
            await using var command = connection.Command("", tx);
            command.CommandText = $"SELECT id, entity_type, village_code FROM entities WHERE id IN ({command.WithList("@r", ids.Select(SqliteIds.Text))})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) found[SqliteIds.Read(reader, 0)] = (reader.GetString(1), reader.GetString(2));
            return found;
        }

        protected override async Task<IReadOnlyList<(string IdNumber, Guid Entity)>> LockIdentityHoldersAsync(IReadOnlyCollection<string> numbers, CancellationToken ct)
        {
            var stored = new List<(string IdNumber, Guid Entity)>();
            foreach (var chunk in numbers.Chunk(500))
            {
                await using var command = connection.Command("", tx);
                command.CommandText = $"SELECT id_number, entity_id FROM identity_numbers WHERE id_number IN ({command.WithList("@n", chunk)})";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) stored.Add((reader.GetString(0), SqliteIds.Read(reader, 1)));
            }
            return stored;
        }

        protected override async Task<List<PeriodicVersion>> WriteAsync(CancellationToken ct)
        {
            await WriteEntitiesAsync(ct);
            await WriteIdentityNumbersAsync(ct);
            var periodic = await WritePeriodicAsync(ct);
            await AppendEventsAsync(ct);
            return periodic;
        }

        protected override async Task<(object? Value, long Version)> ReadPeriodicAsync(EntityState e, string field, string period, CancellationToken ct)
        {
            await using var command = connection.Command(
                $"""
                SELECT value, version FROM periodic_values
                WHERE county_code = @county AND entity_id = @id AND field = @field AND period = @period
                """, tx)
                .With("@county", e.CountyCode).With("@id", SqliteIds.Text(e.Id)).With("@field", field).With("@period", period);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return (null, 0);
            using var doc = System.Text.Json.JsonDocument.Parse(reader.GetString(0));
            return (FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(e.EntityType, field)?.Type), reader.GetInt64(1));
        }

        /// <summary>500 records a query.</summary>
        protected override async Task<IReadOnlyDictionary<(Guid, string, string), (object? Value, long Version)>?> ReadStoredPeriodicAsync(
            IReadOnlyCollection<(Guid Entity, string Field, string Period)> keys, CancellationToken ct)
        {
            var wanted = keys.ToHashSet();
            var found = new Dictionary<(Guid, string, string), (object? Value, long Version)>();
            foreach (var chunk in wanted.Select(k => k.Entity).Distinct().Chunk(500))
            {
                var ids = chunk.ToHashSet();
                var periods = wanted.Where(k => ids.Contains(k.Entity)).Select(k => k.Period).Distinct().ToList();
                await using var command = connection.Command("", tx);
                command.CommandText = $"""
                    SELECT entity_id, field, period, value, version FROM periodic_values
                    WHERE entity_id IN ({command.WithList("@id", chunk.Select(SqliteIds.Text))}) AND period IN ({command.WithList("@p", periods)})
                    """;
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var key = (SqliteIds.Read(reader, 0), reader.GetString(1), reader.GetString(2));
                    if (!wanted.Contains(key)) continue;
                    using var doc = System.Text.Json.JsonDocument.Parse(reader.GetString(3));
                    found[key] = (FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(_entities[key.Item1].EntityType, key.Item2)?.Type), reader.GetInt64(4));
                }
            }
            return found;
        }

        private async Task WriteEntitiesAsync(CancellationToken ct)
        {
            var now = EventHasher.Truncate(store.Clock.GetUtcNow());
            var insert = $"""
                INSERT INTO entities (id, county_code, village_code, entity_type, version, data, field_valid_from,
                    valid_from, retired_on, retired_reason, retired_note, search_text, updated_at)
                VALUES (@id, @county, @village, @type, @version, json(@data), json(@fvf),
                    @valid_from, @retired_on, @retired_reason, @retired_note, @search, @updated)
                """;
            // The version guard: a concurrent writer between our read and this write leaves no row to update.
            var update = $"""
                UPDATE entities SET version = @version, data = json(@data),
                    field_valid_from = json(@fvf), retired_on = @retired_on, retired_reason = @retired_reason,
                    retired_note = @retired_note, search_text = @search, updated_at = @updated
                WHERE county_code = @county AND id = @id AND version = @stored
                """;
            var dirty = _entities.Values.Where(e => e.Dirty).ToList();
            var statements = dirty.Select(e => new SqliteStatement(e.StoredVersion is null ? insert : update,
            [
                ("@id", SqliteIds.Text(e.Id)),
                ("@county", e.CountyCode),
                ("@version", e.Version),
                ("@data", FieldValueJson.WriteObject(e.Fields)),
                ("@fvf", FieldValueJson.WriteObject(e.StoredFieldDates().Select(kv => KeyValuePair.Create(kv.Key, (object?)kv.Value)))),
                ("@retired_on", e.Retirement?.Date),
                ("@retired_reason", e.Retirement is null ? null : (int)e.Retirement.Reason),
                ("@retired_note", e.Retirement?.Note),
                ("@search", SearchText.For(Catalog.FindEntityType(e.EntityType), e.Fields)),
                ("@updated", now),
                .. e.StoredVersion is { } stored
                    ? new (string, object?)[] { ("@stored", stored) }
                    : [("@village", e.VillageCode), ("@type", e.EntityType), ("@valid_from", e.ValidFrom)],
            ])).ToList();

            var affected = await SqliteStatements.ExecuteAsync(connection, tx, statements, ct);
            for (var i = 0; i < dirty.Count; i++)
            {
                if (affected[i] > 0) continue;
                var e = dirty[i];
                await using var current = connection.Command($"SELECT version FROM entities WHERE id = @id", tx)
                    .With("@id", SqliteIds.Text(e.Id));
                throw Conflict(e, e.StoredVersion ?? 0, await current.ScalarLongAsync(ct));
            }
        }

        /// <summary>
        /// Writes each changed periodic value guarded by the version read in this save: a row another writer inserted or
        /// updated since leaves nothing to insert or update, and the save fails with a conflict naming the value. Clearing
        /// keeps the row as a JSON null (a tombstone) so the version goes on counting.
        /// </summary>
        private async Task<List<PeriodicVersion>> WritePeriodicAsync(CancellationToken ct)
        {
            var written = new List<PeriodicVersion>();
            if (_periodic.Count == 0) return written;
            var now = EventHasher.Truncate(store.Clock.GetUtcNow());
            var insert = $"""
                INSERT INTO periodic_values (county_code, village_code, entity_id, entity_type, field, period, value, updated_at, version)
                VALUES (@county, @village, @id, @type, @field, @period, json(@value), @updated, 1)
                ON CONFLICT (county_code, entity_id, field, period) DO NOTHING
                """;
            var update = $"""
                UPDATE periodic_values SET value = json(@value), updated_at = @updated, version = @stored + 1
                WHERE county_code = @county AND entity_id = @id AND field = @field AND period = @period AND version = @stored
                """;
            // One command per statement shape, each statement checked afterwards: 0 rows is a conflict.
            var values = _periodic.ToList();
            var statements = values.Select(v =>
            {
                var ((id, field, period), (e, _, value)) = (v.Key, v.Value);
                var stored = _storedPeriodic[(id, field, period)].Version;
                return new SqliteStatement(stored == 0 ? insert : update,
                [
                    ("@county", e.CountyCode), ("@id", SqliteIds.Text(id)), ("@field", field), ("@period", period), ("@updated", now),
                    ("@value", FieldValueJson.Write(w => FieldValueJson.WriteValue(w, value))),
                    .. stored == 0 ? new (string, object?)[] { ("@village", e.VillageCode), ("@type", e.EntityType) } : [("@stored", stored)],
                ]);
            }).ToList();
            var affected = await SqliteStatements.ExecuteAsync(connection, tx, statements, ct);
            for (var i = 0; i < values.Count; i++)
            {
                var ((id, field, period), (e, _, _)) = (values[i].Key, values[i].Value);
                var stored = _storedPeriodic[(id, field, period)].Version;
                if (affected[i] == 0)
                {
                    var actual = await ReadPeriodicAsync(e, field, period, ct);
                    throw PeriodicConflict(await WithFieldsAsync(e, ct), Catalog.FindField(e.EntityType, field)!, Period.Parse(period), stored, actual.Version);
                }
                written.Add(new PeriodicVersion(id, field, period, stored + 1));
            }
            return written;
        }

        private async Task AppendEventsAsync(CancellationToken ct)
        {
            if (_events.Count == 0) return;
            var villages = _events.Select(e => e.Entity.VillageCode).Distinct().ToList();
            var recordedAt = EventHasher.Truncate(store.Clock.GetUtcNow());
            var key = store.AuditKeys.Current;

            var heads = new Dictionary<string, (string County, long Seq, string Hash, bool Stored)>();
            await using (var command = connection.Command("", tx))
            {
                command.CommandText = $"SELECT village_code, last_village_seq, last_hash FROM village_chains WHERE village_code IN ({command.WithList("@v", villages)})";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var village = reader.GetString(0);
                    heads[village] = (RegionCode.Parse(village).CountyCode, reader.GetInt64(1), reader.GetString(2), true);
                }
            }

            var insert = $"""
                INSERT INTO events (county_code, village_code, village_seq, entity_id, entity_type, kind, valid_from, period,
                    recorded_at, user_name, source, payload, prev_hash, hash, key_id)
                VALUES (@county, @village, @vseq, @id, @type, @kind, @valid_from, @period, @recorded, @user, @source,
                    @payload, @prev, @hash, @key)
                """;
            var statements = new List<SqliteStatement>(_events.Count + heads.Count);
            foreach (var ev in _events)
            {
                var village = ev.Entity.VillageCode;
                var head = heads.GetValueOrDefault(village, (ev.Entity.CountyCode, 0, EventHasher.Genesis, false));
                var seq = head.Seq + 1;
                var payload = EventPayload.Write(ev.Changes, ev.Retirement);
                var who = ev.Note is null ? user : $"{user}（{ev.Note}）";
                var hash = EventHasher.Compute(village, seq, ev.Entity.Id, ev.Entity.EntityType, (int)ev.Kind, ev.ValidFrom, ev.Period,
                    recordedAt, who, (int)source, payload, head.Hash, key);
                statements.Add(new SqliteStatement(insert,
                [
                    ("@county", ev.Entity.CountyCode), ("@village", village), ("@vseq", seq), ("@id", SqliteIds.Text(ev.Entity.Id)),
                    ("@type", ev.Entity.EntityType), ("@kind", (int)ev.Kind), ("@valid_from", ev.ValidFrom), ("@period", ev.Period),
                    ("@recorded", recordedAt), ("@user", who), ("@source", (int)source), ("@payload", payload),
                    ("@prev", head.Hash), ("@hash", hash), ("@key", key.Id),
                ]));
                heads[village] = (head.County, seq, hash, head.Stored);
            }

            var upsert = $"""
                INSERT INTO village_chains (county_code, village_code, last_village_seq, last_hash, head_key_id, head_mac)
                VALUES (@county, @village, @seq, @hash, @key, @mac)
                ON CONFLICT (county_code, village_code) DO UPDATE SET last_village_seq = excluded.last_village_seq, last_hash = excluded.last_hash,
                    head_key_id = excluded.head_key_id, head_mac = excluded.head_mac
                """;
            foreach (var (village, head) in heads)
            {
                statements.Add(new SqliteStatement(upsert,
                [
                    ("@county", head.County), ("@village", village), ("@seq", head.Seq), ("@hash", head.Hash),
                    ("@key", key.Id), ("@mac", EventHasher.SealHead(village, head.Seq, head.Hash, key)),
                ]));
            }
            await SqliteStatements.ExecuteAsync(connection, tx, statements, ct);
        }
        private async Task WriteIdentityNumbersAsync(CancellationToken ct)
        {
            var statements = new List<SqliteStatement>();
            foreach (var (entity, number) in _identityRemoved)
            {
                statements.Add(new SqliteStatement($"DELETE FROM identity_numbers WHERE id_number = @n AND entity_id = @id",
                    [("@n", number), ("@id", SqliteIds.Text(entity))]));
            }
            foreach (var (entity, number) in _identityAdded)
            {
                var e = _entities[entity];
                statements.Add(new SqliteStatement(
                    $"INSERT INTO identity_numbers (id_number, entity_id, county_code, village_code) VALUES (@n, @id, @county, @village) ON CONFLICT DO NOTHING",
                    [("@n", number), ("@id", SqliteIds.Text(entity)), ("@county", e.CountyCode), ("@village", e.VillageCode)]));
            }
            if (statements.Count > 0) await SqliteStatements.ExecuteAsync(connection, tx, statements, ct);
        }
    }
}
