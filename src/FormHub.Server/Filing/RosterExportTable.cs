using System.Globalization;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Exports.Roster;
using FormHub.Filing;
using FormHub.Server.Access;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Server.Filing;

/// <summary>
/// The current roster of an area (every village under it) as the viewer may see it: each village's records masked by
/// <see cref="FieldMasking"/> exactly as the roster page shows them, its periodic values for the month, secret fields and
/// birth dates left out unless the viewer sees every village in full.
/// </summary>
public static class RosterExportTable
{
    private const int Page = 500;

    /// <summary>The table, the records read per village (for the personal-information trail), and whether every village was in full.</summary>
    public static async Task<(RosterTable Table, IReadOnlyList<(string Village, IReadOnlyList<EntityDocument> Records)> Shown, bool InFull)> BuildAsync(
        IFormHubStore store, FieldCatalog catalog, PeriodicSchedule schedule, CurrentUser user, IReadOnlyList<OrgUnit> villages, string entityType,
        Period month, CancellationToken ct)
    {
        var inFull = villages.All(v => FieldMasking.SeesInFull(user, v.Code.Value));
        var fields = catalog.FieldsOf(entityType)
            .Where(f => f.Type != FieldType.EntityRef && (inFull || f.Sensitivity != Sensitivity.Secret)).ToList();
        var attributes = fields.Where(f => f.Kind == FieldKind.Attribute).ToList();
        var periodic = fields.Where(f => f.Kind == FieldKind.Periodic).ToList();
        var derived = DerivedFields.AppliesTo(catalog, entityType)
            ? DerivedFields.Names.Where(n => inFull || n != DerivedFields.BirthDate).ToList() : [];
        var asOf = month.End;

        var headers = new List<string> { "所属村代码", "所属村" };
        headers.AddRange(attributes.Select(f => f.LabelZh));
        headers.AddRange(derived.Select(n => n switch
        {
            DerivedFields.BirthDate => "出生日期",
            DerivedFields.Gender => "性别",
            _ => $"年龄（截至{asOf:yyyy-MM-dd}）",
        }));
        headers.AddRange(periodic.Select(f => $"{f.LabelZh}（{month.Key}）"));

        var rows = new List<IReadOnlyList<string?>>();
        var shown = new List<(string, IReadOnlyList<EntityDocument>)>();
        foreach (var village in villages)
        {
            var code = village.Code.Value;
            var records = new List<EntityDocument>();
            for (var skip = 0; ; skip += Page)
            {
                var page = await store.ListAsync(new EntityQuery(code, entityType) { Skip = skip, Take = Page }, ct);
                records.AddRange(page.Items);
                if (page.Items.Count < Page) break;
            }

            if (records.Count == 0) continue;
            shown.Add((code, records));
            var villageInFull = FieldMasking.SeesInFull(user, code);
            var values = (await schedule.LoadAsync(store, code, month, records.Select(r => r.Id).ToList(), ct)).ToLookup(p => p.EntityId);
            foreach (var doc in records)
            {
                var all = new Dictionary<string, object?>(doc.Fields);
                if (DerivedFields.IdField(catalog, entityType) is { } idField) DerivedFields.AddTo(all, idField, asOf);
                var visible = FieldMasking.Apply(catalog, entityType, all, villageInFull).Fields;
                var visiblePeriodic = FieldMasking.Apply(catalog, entityType, values[doc.Id].ToDictionary(p => p.Field, p => p.Value), villageInFull).Fields;
                var row = new List<string?>(headers.Count) { code, village.Name };
                row.AddRange(attributes.Select(f => Text(visible.GetValueOrDefault(f.Name))));
                row.AddRange(derived.Select(n => Text(visible.GetValueOrDefault(n))));
                row.AddRange(periodic.Select(f => Text(visiblePeriodic.GetValueOrDefault(f.Name))));
                rows.Add(row);
            }
        }

        var label = catalog.FindEntityType(entityType)?.LabelZh ?? entityType;
        return (new RosterTable(label, headers, rows), shown, inFull);
    }

    /// <summary>A value as a form writes it: 是/否, dates yyyy-MM-dd, numbers plain.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "是" : "否",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
