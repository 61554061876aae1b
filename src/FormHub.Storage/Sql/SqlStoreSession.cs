using System.Data.Common;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Core.Validation;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sql;

/// <summary>
/// Collects operations and saves them in one transaction: load the touched rows, apply every operation in memory
/// (collecting all validation errors), then write rows guarded by version, periodic values and hash-chained events.
/// Opened as a bulk session (<see cref="IBulkStoreSession"/>) it keeps one transaction open and writes each flushed batch
/// into it, so a load of any size holds one batch in memory, not the whole load.
/// </summary>
internal sealed partial class SqlStoreSession(SqlFormHubStore store, string user, ChangeSource source, bool bulk = false) : IBulkStoreSession
{
    private const string FlushSavepoint = "formhub_flush";
    private readonly List<PendingOperation> _operations = [];
    private string? _note;
    /// <summary>Operations written by earlier flushes of a bulk session: indexes go on counting from there.</summary>
    private int _flushed;
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private bool _spent;
    private readonly List<AuditEntry> _audit = [];

    public void Audit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!bulk) throw new InvalidOperationException("Audit lines ride only on a bulk session's commit");
        _audit.Add(entry);
    }

    public void Note(string? note) => _note = string.IsNullOrWhiteSpace(note) ? null : note;

    public int PendingCount => _operations.Count;

    private int NextIndex => _flushed + _operations.Count;

    public Guid Create(string entityType, string villageCode, IReadOnlyDictionary<string, object?> fields, DateOnly validFrom)
    {
        var id = Guid.CreateVersion7();
        _operations.Add(new CreateOperation(NextIndex, id, entityType, villageCode, fields, validFrom) { Note = _note });
        return id;
    }

    public void Change(Guid entityId, long expectedVersion, IReadOnlyDictionary<string, object?> fields, DateOnly validFrom) =>
        _operations.Add(new ChangeOperation(NextIndex, entityId, expectedVersion, fields, validFrom) { Note = _note });

    public void Retire(Guid entityId, long expectedVersion, DateOnly date, RetirementReason reason, string? note = null) =>
        _operations.Add(new RetireOperation(NextIndex, entityId, expectedVersion, new Retirement(date, reason, note)) { Note = _note });

    public void SetPeriodic(Guid entityId, string field, string period, object? value, long? expectedVersion = null) =>
        _operations.Add(new PeriodicOperation(NextIndex, entityId, field, period, value, expectedVersion) { Note = _note });

    /// <summary>Clears a value under exactly <paramref name="period"/>, even one that is not the field's own period (the start-up migration).</summary>
    internal void ClearStoredPeriodic(Guid entityId, string field, string period) =>
        _operations.Add(new PeriodicOperation(NextIndex, entityId, field, period, null, null) { Note = _note, AsStored = true });

    public async Task<SaveResult> SaveChangesAsync(CancellationToken ct = default)
    {
        if (bulk) return await FlushBatchAsync(ct);
        if (_operations.Count == 0) return new SaveResult(0, new Dictionary<Guid, long>());
        // Values are checked against the newest catalog version, whichever server or command saved it.
        await store.RefreshCatalogAsync(ct);

        await using var connection = await store.OpenAsync(ct);
        await using var tx = await store.Dialect.BeginWriteAsync(connection, ct);
        var work = new SaveWork(store, connection, tx, user, source);
        var result = await work.RunAsync(_operations, ct);
        await tx.CommitAsync(ct);
        _operations.Clear();
        return result;
    }

    public async Task FlushAsync(CancellationToken ct = default) => await FlushBatchAsync(ct);

    /// <summary>
    /// Writes the pending batch inside the bulk transaction, under a savepoint so that a refusal leaves the transaction as
    /// it was (PostgreSQL would otherwise refuse every later statement); the session is then spent and rolls back on dispose.
    /// </summary>
    private async Task<SaveResult> FlushBatchAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_spent, this);
        if (_operations.Count == 0) return new SaveResult(0, new Dictionary<Guid, long>());
        await BeginAsync(ct);

        await _transaction!.SaveAsync(FlushSavepoint, ct);
        try
        {
            var result = await new SaveWork(store, _connection!, _transaction, user, source).RunAsync(_operations, ct);
            await _transaction.ReleaseAsync(FlushSavepoint, ct);
            _flushed += _operations.Count;
            _operations.Clear();
            return result;
        }
        catch
        {
            _spent = true;
            await _transaction.RollbackAsync(FlushSavepoint, CancellationToken.None);
            throw;
        }
    }

    private async Task BeginAsync(CancellationToken ct)
    {
        if (_transaction is not null) return;
        // One catalog version for the whole load: the newest when its first batch is written.
        await store.RefreshCatalogAsync(ct);
        _connection = await store.OpenAsync(ct);
        _transaction = await store.Dialect.BeginWriteAsync(_connection, ct);
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await FlushBatchAsync(ct);
        _spent = true;
        if (_audit.Count > 0) await BeginAsync(ct);
        if (_transaction is null) return;
        foreach (var entry in _audit) await store.InsertAuditAsync(_connection!, _transaction, entry, ct);
        await _transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _spent = true;
        // A transaction not committed is rolled back by its disposal; the SQLite write gate opens when the connection closes.
        if (_transaction is not null) await _transaction.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        _transaction = null;
        _connection = null;
    }

    /// <summary>The state of one save in progress.</summary>
    private sealed partial class SaveWork(SqlFormHubStore store, DbConnection connection, DbTransaction tx, string user, ChangeSource source)
    {
        private readonly Dictionary<Guid, EntityState> _entities = [];
        private readonly List<FieldError> _errors = [];
        private readonly List<PendingEvent> _events = [];
        private readonly Dictionary<(Guid, string, string), (EntityState Entity, string Period, object? Value)> _periodic = [];
        /// <summary>Each periodic value's stored version when first read (0: no row), the guard of its write.</summary>
        private readonly Dictionary<(Guid, string, string), (object? Value, long Version)> _storedPeriodic = [];
        private readonly List<(int Index, Guid Owner, FieldDefinition Field, Guid Target)> _references = [];
        private readonly DateOnly _today = store.Today;
        private FieldCatalog Catalog => store.Catalog;
        private SqlDialect Dialect => store.Dialect;

        private sealed record PendingEvent(EntityState Entity, EventKind Kind, List<FieldChange> Changes, DateOnly ValidFrom, string? Period, Retirement? Retirement, string? Note);

        public async Task<SaveResult> RunAsync(IReadOnlyList<PendingOperation> operations, CancellationToken ct)
        {
            var created = operations.OfType<CreateOperation>().Select(o => o.EntityId).ToHashSet();
            await LoadExistingAsync(operations.Select(o => o.EntityId).Where(id => !created.Contains(id)).Distinct().ToList(), ct);
            CheckVersions(operations);
            await CheckVillagesAsync(operations.OfType<CreateOperation>().ToList(), ct);
            await LoadStoredPeriodicAsync(operations.OfType<PeriodicOperation>().ToList(), operations.OfType<CreateOperation>().ToDictionary(c => c.EntityId, c => c.EntityType), ct);

            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case CreateOperation c: ApplyCreate(c); break;
                    case ChangeOperation c: ApplyChange(c); break;
                    case RetireOperation r: ApplyRetire(r); break;
                    case PeriodicOperation p: await ApplyPeriodicAsync(p, ct); break;
                }
            }
            await CheckReferencesAsync(ct);
            if (_errors.Count == 0) await CheckIdentityNumbersAsync(ct);
            if (_errors.Count > 0) throw new StoreValidationException(_errors);

            await WriteEntitiesAsync(ct);
            await WriteIdentityNumbersAsync(ct);
            var periodic = await WritePeriodicAsync(ct);
            await AppendEventsAsync(ct);
            return new SaveResult(_events.Count, _entities.Values.Where(e => e.Dirty).ToDictionary(e => e.Id, e => e.Version)) { PeriodicVersions = periodic };
        }

        private void Error(int index, Guid? id, string? field, string zh, string en) =>
            _errors.Add(new FieldError(index, id, field, new LocalizedText(zh, en)));

        private async Task LoadExistingAsync(List<Guid> ids, CancellationToken ct)
        {
            foreach (var chunk in ids.Chunk(500))
            {
                await using var command = connection.Command("", tx);
                command.CommandText = $"SELECT {store.EntityColumns} FROM {store.T("entities")} WHERE id IN ({command.WithList("@id", chunk.Select(Dialect.IdValue))})";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var state = store.ReadEntityState(reader);
                    _entities[state.Id] = state;
                    RememberIdentity(state);
                }
            }
            var missing = ids.FirstOrDefault(id => !_entities.ContainsKey(id));
            if (missing != Guid.Empty) throw new EntityNotFoundException(missing);
        }

        private void CheckVersions(IReadOnlyList<PendingOperation> operations)
        {
            foreach (var operation in operations)
            {
                var expected = operation switch
                {
                    ChangeOperation c => c.ExpectedVersion,
                    RetireOperation r => r.ExpectedVersion,
                    _ => (long?)null,
                };
                if (expected is null || !_entities.TryGetValue(operation.EntityId, out var e) || e.StoredVersion == expected) continue;
                throw Conflict(e, expected.Value, e.StoredVersion!.Value);
            }
        }

        private ConcurrencyConflictException Conflict(EntityState e, long expected, long actual) =>
            new(e.Id, Catalog.FindEntityType(e.EntityType)?.LabelZh ?? e.EntityType, DisplayName(e), expected, actual);

        private string? DisplayName(EntityState e) =>
            Catalog.FindEntityType(e.EntityType)?.SearchFields.Select(f => e.Fields.GetValueOrDefault(f) as string).FirstOrDefault(s => s is not null);

        private async Task CheckVillagesAsync(List<CreateOperation> creates, CancellationToken ct)
        {
            var codes = new HashSet<string>();
            foreach (var c in creates)
            {
                if (!RegionCode.TryParse(c.VillageCode, out var code, out var error))
                    Error(c.Index, null, null, error.Zh, error.En);
                else if (code.Level != OrgLevel.Village)
                    Error(c.Index, null, null, $"记录只能归属到村（居）委会，“{c.VillageCode}”不是村级区划代码",
                        $"Records belong to a village; '{c.VillageCode}' is not a village-level code");
                else codes.Add(code.Value);
            }
            if (codes.Count == 0) return;
            var known = new HashSet<string>();
            await using var command = connection.Command("", tx);
            command.CommandText = $"SELECT code FROM {store.T("regions")} WHERE code IN ({command.WithList("@v", codes)})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) known.Add(reader.GetString(0));
            foreach (var c in creates.Where(c => codes.Contains(c.VillageCode) && !known.Contains(c.VillageCode)))
            {
                Error(c.Index, null, null, $"区划代码 {c.VillageCode} 不在区划表中，请先导入区划",
                    $"Village {c.VillageCode} is not in the region list; import the regions first");
            }
        }

        /// <summary>Checks values against the catalog and returns them normalised; errors are collected, not thrown.</summary>
        private Dictionary<string, object?> CheckFields(int index, Guid id, string entityType, IReadOnlyDictionary<string, object?> raw, bool creating)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            var typeLabel = Catalog.FindEntityType(entityType)?.LabelZh ?? entityType;
            foreach (var (name, value) in raw)
            {
                var field = Catalog.FindField(entityType, name);
                if (field is null && TextSafety.Problem(name) is { } unsafeName)
                {
                    Error(index, id, null, "字段名" + unsafeName.Zh, "A field name: " + unsafeName.En);
                    continue;
                }
                if (field is null)
                {
                    Error(index, id, name, $"{typeLabel}没有“{name}”这一项（数据目录中无此字段）", $"{entityType} has no field '{name}' in the catalog");
                    continue;
                }
                if (field.Kind == FieldKind.Periodic)
                {
                    Error(index, id, name, $"「{field.LabelZh}」按期填报，请在本期数据中填写", $"'{field.LabelEn}' is periodic; set it for a period");
                    continue;
                }
                var check = FieldValueValidator.Check(field, value, _today);
                if (!check.IsValid)
                {
                    _errors.Add(new FieldError(index, id, name, check.Error!));
                    continue;
                }
                values[name] = check.Value;
                if (field.Type == FieldType.EntityRef && check.Value is string target)
                    _references.Add((index, id, field, Guid.Parse(target)));
            }
            if (creating)
            {
                foreach (var field in Catalog.FieldsOf(entityType).Where(f => f.Kind == FieldKind.Attribute && f.Validation.Required && !raw.ContainsKey(f.Name)))
                {
                    var check = FieldValueValidator.Check(field, null, _today);
                    if (!check.IsValid) _errors.Add(new FieldError(index, id, field.Name, check.Error!));
                }
            }
            return values;
        }

        private void ApplyCreate(CreateOperation c)
        {
            var type = Catalog.FindEntityType(c.EntityType);
            if (type is null)
            {
                Error(c.Index, null, null, $"数据目录中没有实体类型“{c.EntityType}”", $"The catalog has no entity type '{c.EntityType}'");
                return;
            }
            var fields = CheckFields(c.Index, c.EntityId, c.EntityType, c.Fields, creating: true);
            CheckDate(c.Index, c.EntityId, c.EntityType, fields, c.ValidFrom, "validFrom", retirement: false);
            var county = RegionCode.TryParse(c.VillageCode, out var code, out _) ? code.CountyCode : "";
            var state = new EntityState
            {
                Id = c.EntityId,
                EntityType = c.EntityType,
                VillageCode = c.VillageCode,
                CountyCode = county,
                StoredVersion = null,
                Version = 1,
                Fields = fields.Where(kv => kv.Value is not null).ToDictionary(StringComparer.Ordinal),
                FieldValidFrom = fields.Keys.ToDictionary(k => k, _ => c.ValidFrom, StringComparer.Ordinal),
                ValidFrom = c.ValidFrom,
                Dirty = true,
            };
            _entities[c.EntityId] = state;
            _identityOperation[c.EntityId] = c.Index;
            var changes = state.Fields.Select(kv => new FieldChange(kv.Key, null, kv.Value)).ToList();
            _events.Add(new PendingEvent(state, EventKind.Created, changes, c.ValidFrom, null, null, c.Note));
        }

        private void ApplyChange(ChangeOperation c)
        {
            var e = _entities[c.EntityId];
            if (!CheckOpen(c.Index, e, c.ValidFrom)) return;
            var fields = CheckFields(c.Index, e.Id, e.EntityType, c.Fields, creating: false);
            var after = new Dictionary<string, object?>(e.Fields, StringComparer.Ordinal);
            foreach (var (name, value) in fields) after[name] = value;
            if (!CheckDate(c.Index, e.Id, e.EntityType, after, c.ValidFrom, "validFrom", retirement: false)) return;
            var changes = new List<FieldChange>();
            foreach (var (name, value) in fields)
            {
                var old = e.Fields.GetValueOrDefault(name);
                var currentFrom = e.FieldValidFrom.GetValueOrDefault(name, e.ValidFrom);
                if (Equals(old, value) && c.ValidFrom >= currentFrom) continue;
                changes.Add(new FieldChange(name, old, value));
                // A back-dated change is history only: the value that took effect later still stands today.
                if (c.ValidFrom < currentFrom) continue;
                if (value is null) e.Fields.Remove(name); else e.Fields[name] = value;
                e.FieldValidFrom[name] = c.ValidFrom;
            }
            if (changes.Count == 0) return;
            _identityOperation[e.Id] = c.Index;
            e.Version++;
            e.Dirty = true;
            _events.Add(new PendingEvent(e, EventKind.Changed, changes, c.ValidFrom, null, null, c.Note));
        }

        private bool CheckOpen(int index, EntityState e, DateOnly date)
        {
            if (e.Retirement is not null)
            {
                Error(index, e.Id, null, $"“{DisplayName(e) ?? e.Id.ToString()}”已于{e.Retirement.Date:yyyy年M月d日}注销，不能再修改",
                    $"'{DisplayName(e) ?? e.Id.ToString()}' was retired on {e.Retirement.Date:yyyy-MM-dd} and cannot be changed");
                return false;
            }
            if (date < e.ValidFrom)
            {
                Error(index, e.Id, null, $"生效日期{date:yyyy年M月d日}早于该记录的建立日期{e.ValidFrom:yyyy年M月d日}",
                    $"The date {date:yyyy-MM-dd} is before the record began on {e.ValidFrom:yyyy-MM-dd}");
                return false;
            }
            return true;
        }

        private void ApplyRetire(RetireOperation r)
        {
            var e = _entities[r.EntityId];
            if (!CheckOpen(r.Index, e, r.Retirement.Date)) return;
            if (!CheckDate(r.Index, e.Id, e.EntityType, e.Fields, r.Retirement.Date, "date", retirement: true)) return;
            if (!Enum.IsDefined(r.Retirement.Reason))
            {
                Error(r.Index, e.Id, null, "注销原因无效", "The retirement reason is invalid");
                return;
            }
            if (r.Retirement.Note is { } note && TextSafety.Problem(note) is { } unsafeNote)
            {
                Error(r.Index, e.Id, null, "注销说明" + unsafeNote.Zh, "The retirement note: " + unsafeNote.En);
                return;
            }
            e.Retirement = r.Retirement;
            e.Version++;
            e.Dirty = true;
            _events.Add(new PendingEvent(e, EventKind.Retired, [], r.Retirement.Date, null, r.Retirement, r.Note));
        }

        private async Task ApplyPeriodicAsync(PeriodicOperation p, CancellationToken ct)
        {
            var e = _entities[p.EntityId];
            var field = Catalog.FindField(e.EntityType, p.Field);
            if (field is null || field.Kind != FieldKind.Periodic)
            {
                Error(p.Index, e.Id, p.Field, field is null ? $"数据目录中没有按期填报的字段“{p.Field}”" : $"「{field.LabelZh}」不是按期填报的字段",
                    field is null ? $"The catalog has no periodic field '{p.Field}'" : $"'{field.LabelEn}' is not a periodic field");
                return;
            }
            if (!Period.TryParse(p.Period, out var given, out var periodError))
            {
                _errors.Add(new FieldError(p.Index, e.Id, p.Field, periodError));
                return;
            }
            // The field's own period decides the key (a yearly value entered for 2026-11 is the year's), never the caller.
            if ((p.AsStored ? given : field.OwnPeriodFor(given)) is not { } period)
            {
                _errors.Add(new FieldError(p.Index, e.Id, p.Field, field.OwnPeriodRefusal(given)));
                return;
            }
            var check = FieldValueValidator.Check(field, p.Value, _today);
            if (!check.IsValid)
            {
                _errors.Add(new FieldError(p.Index, e.Id, p.Field, check.Error!));
                return;
            }
            var key = (e.Id, p.Field, period.Key);
            if (!_storedPeriodic.TryGetValue(key, out var stored))
                _storedPeriodic[key] = stored = await ReadPeriodicAsync(e, p.Field, period.Key, ct);
            if (p.ExpectedVersion is { } expected && expected != stored.Version)
                throw PeriodicConflict(e, field, period, expected, stored.Version);
            var old = _periodic.TryGetValue(key, out var pending) ? pending.Value : stored.Value;
            if (Equals(old, check.Value)) return;
            _periodic[key] = (e, period.Key, check.Value);
            _events.Add(new PendingEvent(e, EventKind.PeriodicSet, [new FieldChange(p.Field, old, check.Value)], period.End, period.Key, null, p.Note));
        }

        /// <summary>
        /// Reads the stored value and version of every periodic value the save sets, 500 records a query, so a value set of
        /// 10,000 payments is 20 reads, not 10,000 (<see cref="ApplyPeriodicAsync"/> reads any key missed here one by one).
        /// </summary>
        private async Task LoadStoredPeriodicAsync(List<PeriodicOperation> operations, Dictionary<Guid, string> created, CancellationToken ct)
        {
            var wanted = new HashSet<(Guid, string, string)>();
            foreach (var p in operations)
            {
                var type = created.TryGetValue(p.EntityId, out var t) ? t : _entities.TryGetValue(p.EntityId, out var e) ? e.EntityType : null;
                if (type is null || Catalog.FindField(type, p.Field) is not { Kind: FieldKind.Periodic } field || !Period.TryParse(p.Period, out var given, out _)) continue;
                if ((p.AsStored ? given : field.OwnPeriodFor(given)) is not { } period) continue;
                // A record created in this save has no stored values yet.
                if (created.ContainsKey(p.EntityId)) _storedPeriodic.TryAdd((p.EntityId, p.Field, period.Key), (null, 0));
                else wanted.Add((p.EntityId, p.Field, period.Key));
            }
            foreach (var chunk in wanted.Select(k => k.Item1).Distinct().Chunk(500))
            {
                var ids = chunk.ToHashSet();
                var periods = wanted.Where(k => ids.Contains(k.Item1)).Select(k => k.Item3).Distinct().ToList();
                await using var command = connection.Command("", tx);
                command.CommandText = $"""
                    SELECT entity_id, field, period, {Dialect.JsonAsText("value")}, version FROM {store.T("periodic_values")}
                    WHERE entity_id IN ({command.WithList("@id", chunk.Select(Dialect.IdValue))}) AND period IN ({command.WithList("@p", periods)})
                    """;
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var key = (Dialect.ReadId(reader, 0), reader.GetString(1), reader.GetString(2));
                    if (!wanted.Contains(key)) continue;
                    using var doc = System.Text.Json.JsonDocument.Parse(reader.GetString(3));
                    _storedPeriodic[key] = (FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(_entities[key.Item1].EntityType, key.Item2)?.Type), reader.GetInt64(4));
                }
            }
            // Keys with no row are values never entered.
            foreach (var key in wanted) _storedPeriodic.TryAdd(key, (null, 0));
        }

        private async Task<(object? Value, long Version)> ReadPeriodicAsync(EntityState e, string field, string period, CancellationToken ct)
        {
            await using var command = connection.Command(
                $"""
                SELECT {Dialect.JsonAsText("value")}, version FROM {store.T("periodic_values")}
                WHERE county_code = @county AND entity_id = @id AND field = @field AND period = @period
                """, tx)
                .With("@county", e.CountyCode).With("@id", Dialect.IdValue(e.Id)).With("@field", field).With("@period", period);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return (null, 0);
            using var doc = System.Text.Json.JsonDocument.Parse(reader.GetString(0));
            return (FieldValueJson.ReadValue(doc.RootElement, Catalog.FindField(e.EntityType, field)?.Type), reader.GetInt64(1));
        }

        private PeriodicConflictException PeriodicConflict(EntityState e, FieldDefinition field, Period period, long expected, long actual)
        {
            var type = Catalog.FindEntityType(e.EntityType);
            var name = DisplayName(e);
            return new PeriodicConflictException(e.Id, name is null ? type?.LabelZh ?? e.EntityType : $"{type?.LabelZh}“{name}”",
                name is null ? type?.LabelEn ?? e.EntityType : $"{type?.LabelEn} '{name}'", field.LabelZh, field.LabelEn, field.Name,
                period.Key, period.DisplayZh, expected, actual);
        }

        private async Task CheckReferencesAsync(CancellationToken ct)
        {
            var unknown = _references.Select(r => r.Target).Where(t => !_entities.ContainsKey(t)).Distinct().ToList();
            var found = new Dictionary<Guid, (string Type, string Village)>();
            foreach (var chunk in unknown.Chunk(500))
            {
                await using var command = connection.Command("", tx);
                command.CommandText = $"SELECT id, entity_type, village_code FROM {store.T("entities")} WHERE id IN ({command.WithList("@r", chunk.Select(Dialect.IdValue))})";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) found[Dialect.ReadId(reader, 0)] = (reader.GetString(1), reader.GetString(2));
            }
            foreach (var (index, owner, field, target) in _references)
            {
                (string Type, string Village)? referred = _entities.TryGetValue(target, out var t) ? (t.EntityType, t.VillageCode)
                    : found.TryGetValue(target, out var f) ? f : null;
                if (referred is not { } r)
                    Error(index, owner, field.Name, $"「{field.LabelZh}」指向的记录不存在", $"'{field.LabelEn}' refers to a record that does not exist");
                else if (field.RefEntityType is not null && r.Type != field.RefEntityType)
                    Error(index, owner, field.Name, $"「{field.LabelZh}」应指向{Catalog.FindEntityType(field.RefEntityType)?.LabelZh ?? field.RefEntityType}",
                        $"'{field.LabelEn}' must refer to a {field.RefEntityType}");
                // A record lives in one village; its links stay inside it (a person's household is a household of the same village).
                else if (_entities.TryGetValue(owner, out var o) && o.VillageCode != r.Village)
                    Error(index, owner, field.Name, $"「{field.LabelZh}」应指向本村的记录", $"'{field.LabelEn}' must refer to a record of the same village");
            }
        }

        private async Task WriteEntitiesAsync(CancellationToken ct)
        {
            var now = EventHasher.Truncate(store.Clock.GetUtcNow());
            var insert = $"""
                INSERT INTO {store.T("entities")} (id, county_code, village_code, entity_type, version, data, field_valid_from,
                    valid_from, retired_on, retired_reason, retired_note, search_text, updated_at)
                VALUES (@id, @county, @village, @type, @version, {Dialect.JsonDocument("@data")}, {Dialect.JsonDocument("@fvf")},
                    @valid_from, @retired_on, @retired_reason, @retired_note, @search, @updated)
                """;
            // The version guard: a concurrent writer between our read and this write leaves no row to update.
            var update = $"""
                UPDATE {store.T("entities")} SET version = @version, data = {Dialect.JsonDocument("@data")},
                    field_valid_from = {Dialect.JsonDocument("@fvf")}, retired_on = @retired_on, retired_reason = @retired_reason,
                    retired_note = @retired_note, search_text = @search, updated_at = @updated
                WHERE county_code = @county AND id = @id AND version = @stored
                """;
            var dirty = _entities.Values.Where(e => e.Dirty).ToList();
            var statements = dirty.Select(e => new SqlStatement(e.StoredVersion is null ? insert : update,
            [
                ("@id", Dialect.IdValue(e.Id)),
                ("@county", e.CountyCode),
                ("@version", e.Version),
                ("@data", FieldValueJson.WriteObject(e.Fields)),
                ("@fvf", FieldValueJson.WriteObject(e.FieldValidFrom.Select(kv => KeyValuePair.Create(kv.Key, (object?)kv.Value)))),
                ("@retired_on", e.Retirement?.Date),
                ("@retired_reason", e.Retirement is null ? null : (int)e.Retirement.Reason),
                ("@retired_note", e.Retirement?.Note),
                ("@search", SearchText.For(Catalog.FindEntityType(e.EntityType), e.Fields)),
                ("@updated", now),
                .. e.StoredVersion is { } stored
                    ? new (string, object?)[] { ("@stored", stored) }
                    : [("@village", e.VillageCode), ("@type", e.EntityType), ("@valid_from", e.ValidFrom)],
            ])).ToList();

            var affected = await SqlStatements.ExecuteAsync(connection, tx, statements, ct);
            for (var i = 0; i < dirty.Count; i++)
            {
                if (affected[i] > 0) continue;
                var e = dirty[i];
                await using var current = connection.Command($"SELECT version FROM {store.T("entities")} WHERE id = @id", tx)
                    .With("@id", Dialect.IdValue(e.Id));
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
                INSERT INTO {store.T("periodic_values")} (county_code, village_code, entity_id, entity_type, field, period, value, updated_at, version)
                VALUES (@county, @village, @id, @type, @field, @period, {Dialect.JsonDocument("@value")}, @updated, 1)
                ON CONFLICT (county_code, entity_id, field, period) DO NOTHING
                """;
            var update = $"""
                UPDATE {store.T("periodic_values")} SET value = {Dialect.JsonDocument("@value")}, updated_at = @updated, version = @stored + 1
                WHERE county_code = @county AND entity_id = @id AND field = @field AND period = @period AND version = @stored
                """;
            // One batch of statements (a round trip per 500 on PostgreSQL), each checked afterwards: 0 rows is a conflict.
            var values = _periodic.ToList();
            var statements = values.Select(v =>
            {
                var ((id, field, period), (e, _, value)) = (v.Key, v.Value);
                var stored = _storedPeriodic[(id, field, period)].Version;
                return new SqlStatement(stored == 0 ? insert : update,
                [
                    ("@county", e.CountyCode), ("@id", Dialect.IdValue(id)), ("@field", field), ("@period", period), ("@updated", now),
                    ("@value", FieldValueJson.Write(w => FieldValueJson.WriteValue(w, value))),
                    .. stored == 0 ? new (string, object?)[] { ("@village", e.VillageCode), ("@type", e.EntityType) } : [("@stored", stored)],
                ]);
            }).ToList();
            var affected = await SqlStatements.ExecuteAsync(connection, tx, statements, ct);
            for (var i = 0; i < values.Count; i++)
            {
                var ((id, field, period), (e, _, _)) = (values[i].Key, values[i].Value);
                var stored = _storedPeriodic[(id, field, period)].Version;
                if (affected[i] == 0)
                {
                    var actual = await ReadPeriodicAsync(e, field, period, ct);
                    throw PeriodicConflict(e, Catalog.FindField(e.EntityType, field)!, Period.Parse(period), stored, actual.Version);
                }
                written.Add(new PeriodicVersion(id, field, period, stored + 1));
            }
            return written;
        }

        private async Task AppendEventsAsync(CancellationToken ct)
        {
            if (_events.Count == 0) return;
            var villages = _events.Select(e => e.Entity.VillageCode).Distinct().ToList();
            await Dialect.LockVillageChainsAsync(connection, tx, villages, ct);
            var recordedAt = EventHasher.Truncate(store.Clock.GetUtcNow());
            var key = store.AuditKeys.Current;

            var heads = new Dictionary<string, (string County, long Seq, string Hash, bool Stored)>();
            await using (var command = connection.Command("", tx))
            {
                command.CommandText = $"SELECT village_code, last_village_seq, last_hash FROM {store.T("village_chains")} WHERE village_code IN ({command.WithList("@v", villages)})";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var village = reader.GetString(0);
                    heads[village] = (RegionCode.Parse(village).CountyCode, reader.GetInt64(1), reader.GetString(2), true);
                }
            }

            var insert = $"""
                INSERT INTO {store.T("events")} (county_code, village_code, village_seq, entity_id, entity_type, kind, valid_from, period,
                    recorded_at, user_name, source, payload, prev_hash, hash, key_id)
                VALUES (@county, @village, @vseq, @id, @type, @kind, @valid_from, @period, @recorded, @user, @source,
                    {Dialect.JsonText("@payload")}, @prev, @hash, @key)
                """;
            var statements = new List<SqlStatement>(_events.Count + heads.Count);
            foreach (var ev in _events)
            {
                var village = ev.Entity.VillageCode;
                var head = heads.GetValueOrDefault(village, (ev.Entity.CountyCode, 0, EventHasher.Genesis, false));
                var seq = head.Seq + 1;
                var payload = EventPayload.Write(ev.Changes, ev.Retirement);
                var who = ev.Note is null ? user : $"{user}（{ev.Note}）";
                var hash = EventHasher.Compute(village, seq, ev.Entity.Id, ev.Entity.EntityType, (int)ev.Kind, ev.ValidFrom, ev.Period,
                    recordedAt, who, (int)source, payload, head.Hash, key);
                statements.Add(new SqlStatement(insert,
                [
                    ("@county", ev.Entity.CountyCode), ("@village", village), ("@vseq", seq), ("@id", Dialect.IdValue(ev.Entity.Id)),
                    ("@type", ev.Entity.EntityType), ("@kind", (int)ev.Kind), ("@valid_from", ev.ValidFrom), ("@period", ev.Period),
                    ("@recorded", recordedAt), ("@user", who), ("@source", (int)source), ("@payload", payload),
                    ("@prev", head.Hash), ("@hash", hash), ("@key", key.Id),
                ]));
                heads[village] = (head.County, seq, hash, head.Stored);
            }

            var upsert = $"""
                INSERT INTO {store.T("village_chains")} (county_code, village_code, last_village_seq, last_hash, head_key_id, head_mac)
                VALUES (@county, @village, @seq, @hash, @key, @mac)
                ON CONFLICT (county_code, village_code) DO UPDATE SET last_village_seq = excluded.last_village_seq, last_hash = excluded.last_hash,
                    head_key_id = excluded.head_key_id, head_mac = excluded.head_mac
                """;
            foreach (var (village, head) in heads)
            {
                statements.Add(new SqlStatement(upsert,
                [
                    ("@county", head.County), ("@village", village), ("@seq", head.Seq), ("@hash", head.Hash),
                    ("@key", key.Id), ("@mac", EventHasher.SealHead(village, head.Seq, head.Hash, key)),
                ]));
            }
            await SqlStatements.ExecuteAsync(connection, tx, statements, ct);
        }
    }
}
