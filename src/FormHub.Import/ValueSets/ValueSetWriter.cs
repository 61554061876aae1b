using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Validation;
using FormHub.Storage;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Import.ValueSets;

/// <summary>
/// Writes a <see cref="DataValueSet"/> for a department's system: every value checked and located
/// (<c>values[17].idNumber: …</c>), then all written in one transaction or none; values already stored as sent are
/// ignored, so the same payload twice changes nothing. A dry run answers what would change.
/// </summary>
/// <remarks>
/// Versions: the owner department's system is the authoritative source of its periodic fields (一数一源), so its writes
/// carry no expected version — they replace whatever a form saved before, and a cadre whose form still shows the older
/// value gets the form's usual 409 on their next save of that value, never a silent overwrite of the department's value.
/// </remarks>
public sealed class ValueSetWriter(IFormHubStore store, TimeProvider clock)
{
    /// <summary>Writes (or with <paramref name="dryRun"/> only checks) <paramref name="set"/> for <paramref name="writer"/>.</summary>
    /// <param name="set">The values for one period.</param>
    /// <param name="writer">The client: its name is the events' user, its department owns the fields it may write, its area bounds the records.</param>
    /// <param name="dryRun">Answer what would change and write nothing.</param>
    /// <param name="ct">Cancels the request.</param>
    public async Task<ValueSetOutcome> WriteAsync(DataValueSet set, ImportScope writer, bool dryRun, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(writer);
        var errors = new List<string>();
        if (!Period.TryParse(set.Period, out var period, out var periodError)) errors.Add($"period: {periodError?.Zh ?? "期别无效"}");
        var scheme = set.IdScheme ?? "id";
        if (scheme is not ("id" or "idNumber")) errors.Add($"idScheme: 应为 id 或 idNumber，收到“{scheme}”");
        if (set.Values is not { Count: > 0 }) errors.Add("values: 至少应有一个值");
        if (errors.Count > 0) return ValueSetOutcome.Refused(dryRun, errors);

        var today = clock.Today();
        var planned = new List<(int Index, FieldDefinition Field, string Village, Guid Entity, object? Value)>();
        var resolver = new RecordResolver(store, writer);
        await resolver.PrepareAsync(set.Values!, scheme, ct);
        for (var i = 0; i < set.Values!.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var value = set.Values[i];
            var at = $"values[{i}]";
            var field = value.DataElement is { } key ? store.Catalog.FindField(key) : null;
            if (field is null) { errors.Add($"{at}.dataElement: 数据目录中没有字段“{value.DataElement}”（应写成 household.dibao_amount 这样的键）"); continue; }
            if (field.Kind != FieldKind.Periodic) { errors.Add($"{at}.dataElement: 「{field.LabelZh}」不是按期填报的字段"); continue; }
            // Kept under the field's own period (a yearly value sent for 2026-11 is 2026's); a month cannot be told from a quarter.
            if (field.OwnPeriodFor(period) is null)
            {
                errors.Add($"{at}.dataElement: {field.OwnPeriodRefusal(period).Zh}");
                continue;
            }
            if (!RosterImporter.MayWrite(field, writer)) { errors.Add($"{at}.dataElement: 「{field.LabelZh}」的数源部门是{field.OwnerDepartment}，本客户端只能写入{writer.Department}负责的字段"); continue; }

            var check = FieldValueValidator.Check(field, value.Value, today);
            if (!check.IsValid) { errors.Add($"{at}.value: {check.Error.Zh}"); continue; }

            var (record, member, problem) = scheme == "id"
                ? resolver.ById(value.Record, field.EntityType)
                : resolver.ByIdNumber(value.OrgUnit, value.IdNumber, field.EntityType);
            if (record is null) { errors.Add($"{at}.{member}: {problem}"); continue; }
            planned.Add((i, field, record.VillageCode, record.Id, check.Value));
        }

        var duplicate = planned.GroupBy(p => (p.Entity, p.Field.Key)).Where(g => g.Count() > 1);
        foreach (var group in duplicate)
            foreach (var later in group.Skip(1)) errors.Add($"values[{later.Index}]: 与 values[{group.First().Index}] 是同一记录的同一字段");
        if (errors.Count > 0) return ValueSetOutcome.Refused(dryRun, errors);

        // Stored values of the period, to tell new from changed from already there.
        var stored = new Dictionary<(Guid, string), object?>();
        foreach (var (village, key) in planned.Select(p => (p.Village, p.Field.OwnPeriodFor(period)!.Value.Key)).Distinct())
            foreach (var v in await store.GetPeriodicValuesAsync(village, key, null, ct))
                if (store.Catalog.FindField(v.EntityType, v.Field)?.OwnPeriodFor(period)?.Key == key) stored[(v.EntityId, v.Field)] = v.Value;

        int imported = 0, updated = 0, ignored = 0;
        var session = store.OpenSession(writer.User, ChangeSource.Api);
        var operations = new List<int>();
        foreach (var p in planned)
        {
            var known = stored.TryGetValue((p.Entity, p.Field.Name), out var old);
            if (known && Equals(old, p.Value)) { ignored++; continue; }
            if (known && old is not null) updated++;
            else imported++;
            session.Note($"values[{p.Index}]");
            // The owner's authoritative write: no expected version (see remarks).
            session.SetPeriodic(p.Entity, p.Field.Name, period.Key, p.Value);
            operations.Add(p.Index);
        }

        session.Note(null);
        if (dryRun || session.PendingCount == 0) return new ValueSetOutcome(dryRun, imported, updated, ignored, 0, [], Written: false);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (StoreValidationException e)
        {
            return ValueSetOutcome.Refused(dryRun, e.Errors.Select(x => $"values[{(x.OperationIndex >= 0 && x.OperationIndex < operations.Count ? operations[x.OperationIndex] : -1)}].value: {x.Message.Zh}").ToList());
        }

        return new ValueSetOutcome(dryRun, imported, updated, ignored, 0, [], Written: true);
    }
}
