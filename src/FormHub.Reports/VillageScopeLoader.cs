using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// Reads what a village's report rows are derived from: its entities as of the period's last day, with every catalog
/// field present (null when not filled, or not asked for by a preview's field list), the period's periodic values
/// merged in, and the derived fields (age at the period's end). Loaded once per village and period and shared by every
/// template derived from it.
/// </summary>
public sealed class VillageScopeLoader(IFormHubStore store)
{
    private FieldCatalog Catalog => store.Catalog;

    /// <summary>The scope for <paramref name="entityTypes"/>; with <paramref name="fields"/> (catalog keys) only those stored fields are read, the others null.</summary>
    public Task<EvaluationScope> LoadAsync(OrgUnit village, Period period, IEnumerable<string> entityTypes, CancellationToken ct = default,
        IReadOnlySet<string>? fields = null) =>
        LoadAsync(new VillageDocuments(store, village, entityTypes, fields), period, entityTypes, ct);

    /// <summary>The documents of <paramref name="types"/> that have no kept scope entity in <paramref name="scripted"/>: those to convert again.</summary>
    internal static HashSet<Guid> Unconverted(IReadOnlyDictionary<string, IReadOnlyList<EntityDocument>> read, IEnumerable<string> types,
        Dictionary<Guid, ScriptEntity> scripted)
    {
        // Plain loops: every changed village of every pass comes here, and most of its entities are kept.
        var unconverted = new HashSet<Guid>();
        foreach (var type in types)
            foreach (var doc in read[type])
                if (!scripted.ContainsKey(doc.Id)) unconverted.Add(doc.Id);
        return unconverted;
    }

    /// <summary>The scope for <paramref name="entityTypes"/> (all among those <paramref name="documents"/> was made for), its entities read through <paramref name="documents"/>.</summary>
    public async Task<EvaluationScope> LoadAsync(VillageDocuments documents, Period period, IEnumerable<string> entityTypes, CancellationToken ct = default)
    {
        var village = documents.Village;
        var types = entityTypes.Distinct().ToList();
        // Both reads at once: on PostgreSQL they overlap (two round trips in flight); SQLite runs each synchronously anyway.
        // A live village's documents come first (patched from the feed): its kept scope entities then spare the periodic
        // values' merge when none of its entities changed.
        var documentsRead = documents.AsOfAsync(period.End, ct);
        var periodicRead = documents.Live is null ? LoadPeriodicAsync(village, period, ct, documents) : null;
        var read = await documentsRead;
        var scripted = documents.Scripted(period, Catalog);
        // A kept village merges the periodic values of only the entities it converts again (those changed since).
        var unconverted = periodicRead is null && scripted is not null ? Unconverted(read, types, scripted) : null;
        var periodic = periodicRead is not null ? await periodicRead
            : unconverted is { Count: 0 } ? []
            : await LoadPeriodicAsync(village, period, ct, documents, only: unconverted);
        var ownKeys = OwnKeys(period);
        var entities = new Dictionary<string, IReadOnlyList<ScriptEntity>>();
        ScriptEntity? villageEntity = null;
        var bases = documents.BaseFields(period.End, Catalog);
        foreach (var type in types)
        {
            var docs = read[type];
            var list = docs.Select(d => Scripted(d, type)).ToList();
            if (type == "village") villageEntity = list.FirstOrDefault();
            else entities[type] = list;
        }
        return new EvaluationScope(new ScriptUnit(village.Code.Value, village.Name, village.Level), period)
        {
            Entities = entities,
            Village = villageEntity,
        };

        ScriptEntity Scripted(EntityDocument d, string type)
        {
            if (scripted is not null && scripted.TryGetValue(d.Id, out var kept)) return kept;
            var entity = ToScript(d.Id, type, d.Fields, periodic.GetValueOrDefault(d.Id), period, ownKeys, bases);
            if (scripted is not null) scripted[d.Id] = entity;
            return entity;
        }
    }

    /// <summary>Per own period, the stored keys a field kept so is read under for <paramref name="period"/>: worked out once, not per entity.</summary>
    internal static Dictionary<PeriodType, string[]> OwnKeys(Period period) =>
        new[] { PeriodType.Monthly, PeriodType.Quarterly, PeriodType.Yearly }
            .ToDictionary(t => t, t => period.Within(t).Select(p => p.Key).ToArray());

    /// <summary>
    /// The periodic values a report for <paramref name="period"/> can read, by entity, field and stored period key: each
    /// field is kept under its own period (catalog <c>period:</c>), so a 季报 needs the quarter's months for monthly
    /// fields and the year for yearly ones. Only the keys some catalog field is kept under are read.
    /// </summary>
    /// <remarks>
    /// A rebuild's planned <paramref name="documents"/> read the values of all its periods at once; each period takes its own
    /// keys' values. With <paramref name="only"/>, the values of only those entities are merged (a kept village's changed ones).
    /// </remarks>
    internal async Task<Dictionary<Guid, Dictionary<(string Field, string Period), object?>>> LoadPeriodicAsync(OrgUnit village, Period period, CancellationToken ct,
        VillageDocuments? documents = null, LiveVillageCache? live = null, IReadOnlySet<Guid>? only = null)
    {
        var keys = PeriodicKeys(period);
        live ??= documents?.Live;
        IEnumerable<PeriodicValue> values;
        if (documents?.PlannedPeriods is { } planned && planned.Contains(period))
        {
            var own = keys.ToHashSet(StringComparer.Ordinal);
            values = (await documents.PlannedPeriodicAsync(() => planned.SelectMany(PeriodicKeys).Distinct().ToList(), ct)).Where(v => own.Contains(v.Period));
        }
        else if (live is not null) values = await live.PeriodicAsync(village.Code.Value, keys, ct);
        // Every key in one query (a 年报 needs twelve months and the year).
        else values = await store.GetPeriodicValuesAsync(village.Code.Value, keys, entityIds: null, ct);
        var result = new Dictionary<Guid, Dictionary<(string, string), object?>>();
        // A cleared value reads as null, like no value.
        foreach (var v in values)
        {
            if (only is not null && !only.Contains(v.EntityId)) continue;
            if (!result.TryGetValue(v.EntityId, out var byKey)) result[v.EntityId] = byKey = [];
            byKey[(v.Field, v.Period)] = v.Value;
        }
        return result;
    }

    /// <summary>The stored period keys some catalog field is kept under that a report for <paramref name="period"/> reads.</summary>
    /// <remarks>Worked out once per catalog and period (every village of every live pass asks): walking the catalog each time was 5 % of a pass.</remarks>
    private IReadOnlyList<string> PeriodicKeys(Period period) =>
        KnownPeriodicKeys.GetValue(Catalog, static _ => new ConcurrentDictionary<Period, string[]>())
            .GetOrAdd(period, static (p, catalog) => catalog.EntityTypes.SelectMany(t => catalog.FieldsOf(t.Key)).Where(f => f.Kind == FieldKind.Periodic)
                .Select(f => f.OwnPeriod).Distinct().SelectMany(p.Within).Select(k => k.Key).Distinct().ToArray(), Catalog);

    private static readonly ConditionalWeakTable<FieldCatalog, ConcurrentDictionary<Period, string[]>> KnownPeriodicKeys = new();

    // bases: each entity's fields without periodic values (stored fields, derived ones, periodic ones null), kept by the
    // caller across the periods read as of one day: a village's month, quarter and year share them, so the ID number is
    // parsed and the catalog walked once per entity instead of once per period. Null converts without keeping.
    internal ScriptEntity ToScript(Guid id, string type, IReadOnlyDictionary<string, object?> stored, Dictionary<(string Field, string Period), object?>? periodic, Period period,
        Dictionary<PeriodType, string[]> ownKeys, Dictionary<Guid, ScopeFields>? bases = null)
    {
        var catalogFields = Catalog.FieldsOf(type);
        ScopeFields? shared = null;
        if (bases is not null && !bases.TryGetValue(id, out shared)) bases[id] = shared = BaseFields(type, stored, period.End);
        var withoutPeriodic = shared ?? BaseFields(type, stored, period.End);
        // An entity with no periodic value in the period reads exactly its base fields: shared, never written to again.
        var fields = periodic is null || shared is null ? withoutPeriodic : withoutPeriodic.Copy();
        // An entity without a periodic value in the period has only empty finer series: one shared set per type serves them all.
        if (periodic is null)
            return NoValues(type, period.Type, catalogFields, ownKeys) is { } none ? new ScriptEntity(id, type, fields) { FinerPeriods = none } : new ScriptEntity(id, type, fields);
        Dictionary<string, IReadOnlyList<object?>>? finer = null;
        foreach (var field in catalogFields)
        {
            if (field.Kind != FieldKind.Periodic) continue;
            var own = ownKeys[field.OwnPeriod];
            if (field.OwnPeriod >= period.Type)
            {
                // The report's own period, or the quarter or year containing it for a coarser field.
                fields.Set(fields.Layout.Positions[field.Name], periodic.GetValueOrDefault((field.Name, own[0])));
                continue;
            }
            // A finer field has no single value for the period: templates say how to combine its months (sumOfMonths …).
            (finer ??= new Dictionary<string, IReadOnlyList<object?>>(StringComparer.Ordinal))[field.Name] = Series(periodic, field.Name, own);
        }
        return finer is null ? new ScriptEntity(id, type, fields) : new ScriptEntity(id, type, fields) { FinerPeriods = finer };
    }

    /// <summary>A finer field's value for each of its periods in the report's, or the shared all-empty series when it has none.</summary>
    private static IReadOnlyList<object?> Series(Dictionary<(string Field, string Period), object?> periodic, string field, string[] own)
    {
        object?[]? series = null;
        for (var i = 0; i < own.Length; i++)
        {
            if (periodic.GetValueOrDefault((field, own[i])) is { } value) (series ??= new object?[own.Length])[i] = value;
        }
        return series ?? Empty(own.Length);
    }

    private static readonly object?[][] EmptySeries = Enumerable.Range(0, 13).Select(n => new object?[n]).ToArray();

    /// <summary>n empty periods (a quarter's 3 months, a year's 12 or 4 quarters): shared, since nothing writes to a series.</summary>
    private static IReadOnlyList<object?> Empty(int n) => n < EmptySeries.Length ? EmptySeries[n] : new object?[n];

    // Most persons have no periodic value in a period (of a county's 300,000 persons a few per cent are paid anything):
    // their finer series are all empty, the same for every such entity of a type.
    private readonly ConcurrentDictionary<(FieldCatalog Catalog, string Type, PeriodType Period), IReadOnlyDictionary<string, IReadOnlyList<object?>>?> _noValues = new();

    private IReadOnlyDictionary<string, IReadOnlyList<object?>>? NoValues(string type, PeriodType period, IReadOnlyList<FieldDefinition> fields,
        Dictionary<PeriodType, string[]> ownKeys) =>
        _noValues.GetOrAdd((Catalog, type, period), _ =>
        {
            var finer = fields.Where(f => f.Kind == FieldKind.Periodic && f.OwnPeriod < period)
                .ToDictionary(f => f.Name, f => Empty(ownKeys[f.OwnPeriod].Length), StringComparer.Ordinal);
            return finer.Count == 0 ? null : finer;
        });

    /// <summary>Every catalog field of the entity as stored (periodic ones null) and the fields derived as of <paramref name="day"/>.</summary>
    private ScopeFields BaseFields(string type, IReadOnlyDictionary<string, object?> stored, DateOnly day)
    {
        var shape = ShapeOf(type);
        var values = new object?[shape.Layout.Names.Length];
        object? idNumber = null;
        // Walks the stored fields (~20) rather than looking each catalog field (~25) up by name: a preview converts a
        // thousand residents, and hashing their field names was a sixth of its cost. The stores read names as the
        // catalog's own string instances, so most are found by reference; any other instance is found by name.
        if (stored is Dictionary<string, object?> dictionary)
        {
            foreach (var (name, value) in dictionary) Place(shape, values, name, value, ref idNumber);
        }
        else
        {
            foreach (var (name, value) in stored) Place(shape, values, name, value, ref idNumber);
        }
        if (shape.IdField is not null)
        {
            var derived = shape.Derived;
            (values[derived.BirthDate], values[derived.Gender], values[derived.Age]) = DerivedFields.ValuesOf(idNumber, day);
        }
        return new ScopeFields(shape.Layout, values);
    }

    /// <summary>Puts one stored field at its position when it is a stored (not periodic) catalog field; keeps the ID number for the derived fields.</summary>
    private static void Place(TypeShape shape, object?[] values, string name, object? value, ref object? idNumber)
    {
        if (!shape.StoredByInstance.TryGetValue(name, out var position) && !shape.StoredByName.TryGetValue(name, out position)) return;
        values[position] = value;
        if (position == shape.IdPosition) idNumber = value;
    }

    /// <summary>
    /// A type's scope field names (<see cref="ScopeFieldLayout"/>), its ID-number field and the derived fields'
    /// positions, and where each stored catalog field goes: by the catalog's string instance, and by name.
    /// </summary>
    private sealed record TypeShape(ScopeFieldLayout Layout, FieldDefinition? IdField, int IdPosition, (int BirthDate, int Gender, int Age) Derived,
        Dictionary<string, int> StoredByInstance, Dictionary<string, int> StoredByName);

    // Per catalog instance, held weakly: a reloaded catalog's layouts go with it instead of piling up for the process's life.
    private readonly ConditionalWeakTable<FieldCatalog, ConcurrentDictionary<string, TypeShape>> _layouts = new();

    /// <summary>A type's scope field names: the catalog's fields in order, then the derived ones when it has an ID number (which override a stored field of their name, as they always did).</summary>
    private TypeShape ShapeOf(string type) =>
        _layouts.GetValue(Catalog, _ => new(StringComparer.Ordinal)).GetOrAdd(type, static (type, catalog) =>
        {
            var idField = DerivedFields.IdField(catalog, type);
            var fields = catalog.FieldsOf(type);
            var names = fields.Select(f => f.Name).ToList();
            if (idField is not null) names.AddRange(DerivedFields.Names.Except(names));
            var layout = new ScopeFieldLayout(names);
            var byInstance = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].Kind == FieldKind.Periodic) continue;
                byInstance[fields[i].Name] = i;
                byName[fields[i].Name] = i;
            }
            var idPosition = idField is null ? -1 : byName.GetValueOrDefault(idField.Name, -1);
            return idField is null ? new TypeShape(layout, null, -1, default, byInstance, byName)
                : new TypeShape(layout, idField, idPosition,
                    (layout.Positions[DerivedFields.BirthDate], layout.Positions[DerivedFields.Gender], layout.Positions[DerivedFields.Age]), byInstance, byName);
        }, Catalog);
}
