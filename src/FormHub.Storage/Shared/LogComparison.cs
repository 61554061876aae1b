using System.Globalization;
using FormHub.Core.Catalog;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>
/// Replays a village's event log by the rules a save follows and compares the result with the stored current documents
/// and periodic values (engine-neutral: each engine reads its own tables). The chain proves the log; this proves the
/// documents say the same: an edited document or periodic value is reported with entity, field, stored and replayed value.
/// </summary>
internal sealed class LogComparison(FieldCatalog catalog)
{
    private FieldCatalog Catalog => catalog;

    public List<StateDifference> Compare(Dictionary<Guid, EntityState> replayed, Dictionary<(Guid Entity, string Field, string Period), object?> periodic,
        Dictionary<Guid, EntityState> stored, Dictionary<(Guid Entity, string Field, string Period), object?> storedPeriodic)
    {
        var differences = new List<StateDifference>();
        foreach (var (id, log) in replayed.OrderBy(kv => kv.Key))
        {
            if (!stored.TryGetValue(id, out var current))
            {
                differences.Add(new StateDifference(id, null, $"{Describe(log)}在事件日志中存在，但当前数据中没有这条记录 / the record is in the log but not in the current data"));
                continue;
            }
            CompareEntity(log, current, differences);
        }
        foreach (var (id, current) in stored.Where(kv => !replayed.ContainsKey(kv.Key)).OrderBy(kv => kv.Key))
        {
            differences.Add(new StateDifference(id, null, $"当前数据中有{Describe(current)}，但事件日志中没有它的任何记录 / the record has no events"));
        }

        foreach (var key in periodic.Keys.Union(storedPeriodic.Keys).OrderBy(k => k.Entity).ThenBy(k => k.Field, StringComparer.Ordinal).ThenBy(k => k.Period, StringComparer.Ordinal))
        {
            var fromLog = periodic.GetValueOrDefault(key);
            var inStore = storedPeriodic.GetValueOrDefault(key);
            if (Canonical(fromLog) == Canonical(inStore)) continue;
            var owner = replayed.GetValueOrDefault(key.Entity) ?? stored.GetValueOrDefault(key.Entity);
            var label = owner is null ? key.Field : Catalog.FindField(owner.EntityType, key.Field)?.LabelZh ?? key.Field;
            var who = owner is null ? $"记录 {key.Entity}" : Describe(owner);
            differences.Add(new StateDifference(key.Entity, key.Field,
                $"{who}的「{label}」（{key.Period}）：库中为“{Display(inStore)}”，按事件日志应为“{Display(fromLog)}” / stored value differs from the log"));
        }
        return differences;
    }

    /// <summary>Applies one event the way <see cref="SaveWork"/> applied it when saving.</summary>
    public static void Replay(Dictionary<Guid, EntityState> entities, Dictionary<(Guid, string, string), object?> periodic, EntityEvent e)
    {
        switch (e.Kind)
        {
            case EventKind.Created:
                entities[e.EntityId] = new EntityState
                {
                    Id = e.EntityId,
                    EntityType = e.EntityType,
                    VillageCode = e.VillageCode,
                    CountyCode = "",
                    Version = 1,
                    Fields = e.Changes.Where(c => c.New is not null).ToDictionary(c => c.Field, c => c.New, StringComparer.Ordinal),
                    FieldValidFrom = new Dictionary<string, DateOnly>(StringComparer.Ordinal),
                    ValidFrom = e.ValidFrom,
                };
                break;
            case EventKind.Changed when entities.TryGetValue(e.EntityId, out var changed):
                foreach (var c in e.Changes)
                {
                    // A back-dated change is history only: the value that took effect later stands.
                    if (e.ValidFrom < changed.FieldDate(c.Field)) continue;
                    if (c.New is null) changed.Fields.Remove(c.Field); else changed.Fields[c.Field] = c.New;
                    changed.SetFieldDate(c.Field, e.ValidFrom);
                }
                changed.Version++;
                break;
            case EventKind.Retired when entities.TryGetValue(e.EntityId, out var retired):
                retired.Retirement = e.Retirement;
                retired.Version++;
                break;
            case EventKind.PeriodicSet:
                foreach (var c in e.Changes) periodic[(e.EntityId, c.Field, e.Period ?? "")] = c.New;
                break;
        }
    }

    private void CompareEntity(EntityState log, EntityState current, List<StateDifference> differences)
    {
        var who = Describe(log);
        void Add(string? field, string zh) => differences.Add(new StateDifference(log.Id, field, $"{who}{zh} / the current document differs from the log"));

        if (current.EntityType != log.EntityType) Add(null, $"的类型：库中为“{current.EntityType}”，按事件日志应为“{log.EntityType}”");
        if (current.ValidFrom != log.ValidFrom) Add(null, $"的建立日期：库中为“{Display(current.ValidFrom)}”，按事件日志应为“{Display(log.ValidFrom)}”");
        if (current.Version != log.Version) Add(null, $"的版本号：库中为 {current.Version}，按事件日志应为 {log.Version}");
        foreach (var field in log.Fields.Keys.Union(current.Fields.Keys).Order(StringComparer.Ordinal))
        {
            var fromLog = log.Fields.GetValueOrDefault(field);
            var inStore = current.Fields.GetValueOrDefault(field);
            if (Canonical(fromLog) == Canonical(inStore)) continue;
            var label = Catalog.FindField(log.EntityType, field)?.LabelZh ?? field;
            Add(field, $"的「{label}」：库中为“{Display(inStore)}”，按事件日志应为“{Display(fromLog)}”");
        }
        if (DescribeRetirement(current.Retirement) != DescribeRetirement(log.Retirement))
            Add(null, $"的注销：库中为“{DescribeRetirement(current.Retirement)}”，按事件日志应为“{DescribeRetirement(log.Retirement)}”");
    }

    private string Describe(EntityState e)
    {
        var type = Catalog.FindEntityType(e.EntityType);
        var name = type?.SearchFields.Select(f => e.Fields.GetValueOrDefault(f) as string).FirstOrDefault(s => s is not null);
        return $"{type?.LabelZh ?? e.EntityType}{(name is null ? "" : $"「{name}」")}（{e.Id}）";
    }

    private static string DescribeRetirement(Retirement? r) =>
        r is null ? "未注销" : $"{Display(r.Date)} {r.Reason}{(r.Note is null ? "" : " " + r.Note)}";

    private static string Canonical(object? value) => FieldValueJson.Write(w => FieldValueJson.WriteValue(w, value));

    private static string Display(object? value) => value switch
    {
        null => "（无）",
        string s => s,
        bool b => b ? "是" : "否",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
