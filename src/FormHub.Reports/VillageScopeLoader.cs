using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage;

namespace FormHub.Reports;

/// <summary>
/// Reads what a village's report rows are derived from: its entities as of the period's last day, with every catalog
/// field present (null when not filled), the period's periodic values merged in, and the derived fields (age at the
/// period's end). Loaded once per village and period and shared by every template derived from it.
/// </summary>
public sealed class VillageScopeLoader(IFormHubStore store)
{
    private FieldCatalog Catalog => store.Catalog;

    public async Task<EvaluationScope> LoadAsync(OrgUnit village, Period period, IEnumerable<string> entityTypes, CancellationToken ct = default)
    {
        var periodic = (await store.GetPeriodicValuesAsync(village.Code.Value, period.Key, ct: ct))
            .GroupBy(v => v.EntityId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(v => v.Field, v => v.Value));
        var entities = new Dictionary<string, IReadOnlyList<ScriptEntity>>();
        ScriptEntity? villageEntity = null;
        foreach (var type in entityTypes.Distinct())
        {
            var docs = await store.ListAsOfAsync(village.Code.Value, type, period.End, ct: ct);
            var list = docs.Select(d => ToScript(d.Id, type, d.Fields, periodic.GetValueOrDefault(d.Id), period)).ToList();
            if (type == "village") villageEntity = list.FirstOrDefault();
            else entities[type] = list;
        }
        return new EvaluationScope(new ScriptUnit(village.Code.Value, village.Name, village.Level), period)
        {
            Entities = entities,
            Village = villageEntity,
        };
    }

    internal ScriptEntity ToScript(Guid id, string type, IReadOnlyDictionary<string, object?> stored, Dictionary<string, object?>? periodic, Period period)
    {
        var catalogFields = Catalog.FieldsOf(type);
        // Sized for the catalog's fields and the three derived ones, so the dictionary never grows (this runs per entity).
        var fields = new Dictionary<string, object?>(catalogFields.Count + 3, StringComparer.Ordinal);
        foreach (var field in catalogFields)
        {
            fields[field.Name] = field.Kind == FieldKind.Periodic ? periodic?.GetValueOrDefault(field.Name) : stored.GetValueOrDefault(field.Name);
        }
        if (DerivedFields.IdField(Catalog, type) is { } idField) DerivedFields.AddTo(fields, idField, period.End);
        return new ScriptEntity(id, type, fields);
    }
}
