using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Core.Validation;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>
/// The state of one save in progress, whichever engine writes it: load the touched records, apply every operation in
/// memory (collecting all validation errors against the catalog), then hand the engine what to write. The engine
/// supplies the reads (<c>…Async</c> hooks, inside its write transaction) and the writes (<see cref="WriteAsync"/>).
/// </summary>
internal abstract partial class SaveWork(FieldCatalog catalog, DateOnly today)
{
    protected readonly Dictionary<Guid, EntityState> _entities = [];
    private readonly List<FieldError> _errors = [];
    protected readonly List<PendingEvent> _events = [];
    protected readonly Dictionary<(Guid, string, string), (EntityState Entity, string Period, object? Value)> _periodic = [];
    /// <summary>Each periodic value's stored version when first read (0: no row), the guard of its write.</summary>
    protected readonly Dictionary<(Guid, string, string), (object? Value, long Version)> _storedPeriodic = [];
    private readonly List<(int Index, Guid Owner, FieldDefinition Field, Guid Target)> _references = [];
    private readonly DateOnly _today = today;
    protected FieldCatalog Catalog => catalog;

    /// <summary>The village's filings this save must not reach (<see cref="IStoreSession.GuardFilings"/>); judged once its records are read.</summary>
    public FilingGuard? Filings { get; init; }

    protected sealed record PendingEvent(EntityState Entity, EventKind Kind, List<FieldChange> Changes, DateOnly ValidFrom, string? Period, Retirement? Retirement, string? Note);

    /// <summary>The stored records among <paramref name="ids"/> (at most 500 at a time).</summary>
    protected abstract Task<IReadOnlyList<EntityState>> LoadEntitiesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>
    /// The stored records among <paramref name="ids"/> (at most 500 at a time) without their field values
    /// (<see cref="EntityState.WithoutFields"/>): records this save only sets periodic values of.
    /// </summary>
    protected abstract Task<IReadOnlyList<EntityState>> LoadEntitiesWithoutFieldsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>Code → name of the stored region units among <paramref name="codes"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string>> RegionNamesAsync(IReadOnlyCollection<string> codes, CancellationToken ct);

    /// <summary>Type and village of the stored records among <paramref name="ids"/> (at most 500 at a time).</summary>
    protected abstract Task<IReadOnlyDictionary<Guid, (string Type, string Village)>> FindRecordsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>A periodic value as stored and its version (0: never stored).</summary>
    protected abstract Task<(object? Value, long Version)> ReadPeriodicAsync(EntityState e, string field, string period, CancellationToken ct);

    /// <summary>
    /// Locks <paramref name="idNumbers"/> until the transaction ends (two saves claiming one number queue) and returns
    /// the records not retired holding each, as stored.
    /// </summary>
    protected abstract Task<IReadOnlyList<(string IdNumber, Guid Entity)>> LockIdentityHoldersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct);

    /// <summary>The village's submitted or approved months from <paramref name="fromMonth"/> on, read in the save's transaction (<see cref="Filings"/>).</summary>
    protected abstract Task<IReadOnlyList<Submission>> ReadClosedMonthsAsync(string villageCode, string fromMonth, CancellationToken ct);

    /// <summary>Writes every dirty record, the ID numbers added and removed, periodic values and chained events; returns the periodic versions written.</summary>
    protected abstract Task<List<PeriodicVersion>> WriteAsync(CancellationToken ct);

    public async Task<SaveResult> RunAsync(IReadOnlyList<PendingOperation> operations, CancellationToken ct)
    {
        var created = operations.OfType<CreateOperation>().Select(o => o.EntityId).ToHashSet();
        // Only records whose fields this save changes or retires are read with their fields: setting a periodic value needs a
        // record's type and village, and a department's 10,000 payments spent most of their save parsing fields (issue 16).
        var withFields = operations.Where(o => o is ChangeOperation or RetireOperation).Select(o => o.EntityId).ToHashSet();
        ExpectPeriodic(PeriodicCandidates(operations.OfType<PeriodicOperation>().Where(p => !created.Contains(p.EntityId))));
        if (VillagesKnownUpFront(operations) is { } villages) ExpectVillages(villages);
        await LoadExistingAsync(operations.Select(o => o.EntityId).Where(id => !created.Contains(id)).Distinct().ToList(), withFields, ct);
        CheckOwnVillages(operations);
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

        var periodic = await WriteAsync(ct);
        return new SaveResult(_events.Count, _entities.Values.Where(e => e.Dirty).ToDictionary(e => e.Id, e => e.Version)) { PeriodicVersions = periodic };
    }

    private void Error(int index, Guid? id, string? field, string zh, string en) =>
        _errors.Add(new FieldError(index, id, field, new LocalizedText(zh, en)));

    private async Task LoadExistingAsync(List<Guid> ids, HashSet<Guid> withFields, CancellationToken ct)
    {
        foreach (var chunk in ids.Where(withFields.Contains).Chunk(500))
        {
            foreach (var state in await LoadEntitiesAsync(chunk, ct))
            {
                _entities[state.Id] = state;
                RememberIdentity(state);
            }
        }
        // Never dirty (only changes and retirements make a record dirty), so their ID numbers are not checked again either.
        foreach (var chunk in ids.Where(id => !withFields.Contains(id)).Chunk(500))
        {
            foreach (var state in await LoadEntitiesWithoutFieldsAsync(chunk, ct)) _entities[state.Id] = state;
        }
        // The filings first: a closed month is told before a missing record or a stale version, as it always was.
        await JudgeFilingsAsync(ct);
        var missing = ids.FirstOrDefault(id => !_entities.ContainsKey(id));
        if (missing != Guid.Empty) throw new EntityNotFoundException(missing);
    }

    private async Task JudgeFilingsAsync(CancellationToken ct)
    {
        if (Filings is not { } guard) return;
        if (guard.Refusal(await ReadClosedMonthsAsync(guard.VillageCode, guard.FromMonth, ct)) is { } refusal) throw refusal;
    }

    /// <summary>
    /// Told before the records are read: every village this save can append to, when that is known up front (every
    /// change, retirement and value is kept to its village, <see cref="PendingOperation.OwnVillage"/>; a create names its
    /// own), so an engine can take their chain locks with its first read. Not called when some operation may touch any
    /// village, nor when one may give a record an ID number: ID-number locks are always taken before chain locks (an
    /// import holding the identity space while it waits for a village's chain must not meet a save holding that chain
    /// while it waits for the space).
    /// </summary>
    protected virtual void ExpectVillages(IReadOnlyCollection<string> villages) { }

    private SortedSet<string>? VillagesKnownUpFront(IReadOnlyList<PendingOperation> operations)
    {
        var villages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            var village = operation is CreateOperation c ? c.VillageCode : operation.OwnVillage;
            if (village is null || MayClaimIdNumbers(operation)) return null;
            villages.Add(village);
        }
        return villages;
    }

    /// <summary>Whether <paramref name="operation"/> may give a record an ID number (told before the record's type is read).</summary>
    private bool MayClaimIdNumbers(PendingOperation operation) => operation switch
    {
        CreateOperation c => IdentityNumbers.FieldsOf(Catalog, c.EntityType).Any(f => c.Fields.ContainsKey(f.Name)),
        ChangeOperation c => Catalog.EntityTypes.Any(t => IdentityNumbers.FieldsOf(Catalog, t.Key).Any(f => c.Fields.ContainsKey(f.Name))),
        _ => false,
    };

    /// <summary>
    /// A record another village owns, touched by an operation kept to one village (<see cref="PendingOperation.OwnVillage"/>),
    /// answers exactly like a missing one, and before its version is compared: a conflict would tell that it exists.
    /// </summary>
    private void CheckOwnVillages(IReadOnlyList<PendingOperation> operations)
    {
        foreach (var operation in operations)
        {
            if (operation is CreateOperation || operation.OwnVillage is not { } village) continue;
            if (_entities.TryGetValue(operation.EntityId, out var e) && e.VillageCode != village) throw new EntityNotFoundException(operation.EntityId);
        }
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

    protected ConcurrencyConflictException Conflict(EntityState e, long expected, long actual) =>
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
        var known = await RegionNamesAsync(codes, ct);
        foreach (var c in creates.Where(c => codes.Contains(c.VillageCode) && !known.ContainsKey(c.VillageCode)))
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
            // Every field takes effect with the record: no entry of its own (see EntityState.FieldValidFrom).
            FieldValidFrom = new Dictionary<string, DateOnly>(StringComparer.Ordinal),
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
            var currentFrom = e.FieldDate(name);
            if (Equals(old, value) && c.ValidFrom >= currentFrom) continue;
            changes.Add(new FieldChange(name, old, value));
            // A back-dated change is history only: the value that took effect later still stands today.
            if (c.ValidFrom < currentFrom) continue;
            if (value is null) e.Fields.Remove(name); else e.Fields[name] = value;
            e.SetFieldDate(name, c.ValidFrom);
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

    /// <summary>
    /// The stored value and version of each of <paramref name="keys"/> in a few queries, or null when the engine reads them
    /// one by one (<see cref="ReadPeriodicAsync"/>); keys with no stored value are absent from the answer.
    /// </summary>
    protected virtual Task<IReadOnlyDictionary<(Guid, string, string), (object? Value, long Version)>?> ReadStoredPeriodicAsync(
        IReadOnlyCollection<(Guid Entity, string Field, string Period)> keys, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<(Guid, string, string), (object? Value, long Version)>?>(null);

    /// <summary>
    /// Told before the records are read: the keys the stored periodic values of <see cref="LoadStoredPeriodicAsync"/> may
    /// have, so an engine can read them with the records in one round trip (empty when there are too many to guess).
    /// </summary>
    protected virtual void ExpectPeriodic(IReadOnlyCollection<(Guid Entity, string Field, string Period)> candidates) { }

    /// <summary>At most this many candidate keys are guessed; a larger value set reads its stored values after its records.</summary>
    private const int MaxPeriodicCandidates = 100;

    /// <summary>
    /// Every key a periodic operation on a stored record may be kept under before its record's type is known: the field's
    /// own period of the given one for each record type that has the field as a periodic field.
    /// </summary>
    private HashSet<(Guid, string, string)> PeriodicCandidates(IEnumerable<PeriodicOperation> operations)
    {
        var keys = new HashSet<(Guid, string, string)>();
        foreach (var p in operations)
        {
            if (!Period.TryParse(p.Period, out var given, out _)) continue;
            foreach (var type in Catalog.EntityTypes)
            {
                if (Catalog.FindField(type.Key, p.Field) is not { Kind: FieldKind.Periodic } field) continue;
                if ((p.AsStored ? given : field.OwnPeriodFor(given)) is { } period) keys.Add((p.EntityId, p.Field, period.Key));
            }
            if (keys.Count > MaxPeriodicCandidates) return [];
        }
        return keys;
    }

    /// <summary>
    /// Reads up front the stored value and version of every periodic value the save sets, so a value set of 10,000
    /// payments is a few reads, not 10,000 (<see cref="ApplyPeriodicAsync"/> reads any key missed here one by one).
    /// </summary>
    private async Task LoadStoredPeriodicAsync(List<PeriodicOperation> operations, Dictionary<Guid, string> created, CancellationToken ct)
    {
        var wanted = new HashSet<(Guid, string, string)>();
        var fresh = new List<(Guid, string, string)>();
        foreach (var p in operations)
        {
            var type = created.TryGetValue(p.EntityId, out var t) ? t : _entities.TryGetValue(p.EntityId, out var e) ? e.EntityType : null;
            if (type is null || Catalog.FindField(type, p.Field) is not { Kind: FieldKind.Periodic } field || !Period.TryParse(p.Period, out var given, out _)) continue;
            if ((p.AsStored ? given : field.OwnPeriodFor(given)) is not { } period) continue;
            // A record created in this save has no stored values yet.
            if (created.ContainsKey(p.EntityId)) fresh.Add((p.EntityId, p.Field, period.Key));
            else wanted.Add((p.EntityId, p.Field, period.Key));
        }
        if (wanted.Count == 0 || await ReadStoredPeriodicAsync(wanted, ct) is not { } stored) return;
        foreach (var key in fresh) _storedPeriodic.TryAdd(key, (null, 0));
        // Keys with no stored value are values never entered.
        foreach (var key in wanted) _storedPeriodic[key] = stored.TryGetValue(key, out var value) ? value : (null, 0);
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
            throw PeriodicConflict(await WithFieldsAsync(e, ct), field, period, expected, stored.Version);
        var old = _periodic.TryGetValue(key, out var pending) ? pending.Value : stored.Value;
        if (Equals(old, check.Value)) return;
        _periodic[key] = (e, period.Key, check.Value);
        _events.Add(new PendingEvent(e, EventKind.PeriodicSet, [new FieldChange(p.Field, old, check.Value)], period.End, period.Key, null, p.Note));
    }

    /// <summary>
    /// <paramref name="e"/> with its field values, read on the save's transaction when it was loaded without them: a
    /// conflict message names the record (a person's name).
    /// </summary>
    protected async Task<EntityState> WithFieldsAsync(EntityState e, CancellationToken ct) =>
        e.WithoutFields && await LoadOneAsync(e.Id, ct) is { } full ? full : e;

    protected PeriodicConflictException PeriodicConflict(EntityState e, FieldDefinition field, Period period, long expected, long actual)
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
            foreach (var (id, record) in await FindRecordsAsync(chunk, ct)) found[id] = record;
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

}
