using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>Which fields are a person's 公民身份号码, and how a record holding one is described.</summary>
internal static class IdentityNumbers
{
    /// <summary>The attribute fields of type id-number: each identifies its record, so no two records not retired share a value.</summary>
    public static IEnumerable<FieldDefinition> FieldsOf(FieldCatalog catalog, string entityType) =>
        catalog.FieldsOf(entityType).Where(f => f.Type == FieldType.IdNumber && f.Kind == FieldKind.Attribute);

    /// <summary>The ID numbers a record holds now (none once retired: a retired record no longer claims its number).</summary>
    public static HashSet<string> Held(FieldCatalog catalog, string entityType, IReadOnlyDictionary<string, object?> fields, bool retired) =>
        retired ? [] : FieldsOf(catalog, entityType).Select(f => fields.GetValueOrDefault(f.Name) as string).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>A record's display name: the first search field that has a value (a person's name, a household's head).</summary>
    public static string? NameOf(FieldCatalog catalog, string entityType, IReadOnlyDictionary<string, object?> fields) =>
        catalog.FindEntityType(entityType)?.SearchFields.Select(f => fields.GetValueOrDefault(f) as string).FirstOrDefault(s => s is not null);

    /// <summary>The record a person links to as their household (the first entity reference to a household type).</summary>
    public static Guid? HouseholdOf(FieldCatalog catalog, string entityType, IReadOnlyDictionary<string, object?> fields) =>
        catalog.FieldsOf(entityType).Where(f => f.Type == FieldType.EntityRef && f.RefEntityType == "household")
            .Select(f => fields.GetValueOrDefault(f.Name) as string).Where(s => s is not null).Select(s => Guid.TryParse(s, out var g) ? g : (Guid?)null)
            .FirstOrDefault(g => g is not null);

    public static IdentityHolder Describe(FieldCatalog catalog, Guid id, string entityType, string villageCode, IReadOnlyDictionary<string, object?> fields,
        IReadOnlyDictionary<string, string> regionNames, string? householdHead)
    {
        var township = RegionCode.TryParse(villageCode, out var code, out _) && code.Parent is { } parent ? regionNames.GetValueOrDefault(parent.Value, "") : "";
        return new IdentityHolder(id, entityType, villageCode, regionNames.GetValueOrDefault(villageCode, villageCode), township,
            NameOf(catalog, entityType, fields), householdHead);
    }

    /// <summary>The refusal of a number <paramref name="existing"/> already holds, on the field of the record that would take it too.</summary>
    public static FieldError AlreadyRegistered(int operationIndex, Guid entity, FieldDefinition field, IdentityHolder existing)
    {
        var where = $"{existing.TownshipName}{existing.VillageName}";
        var head = existing.HouseholdHead is { } h ? IdentityHolder.MaskName(h) : null;
        return new FieldError(operationIndex, entity, field.Name, new LocalizedText(
            $"「{field.LabelZh}」：该号码已登记在{where}{(head is null ? "" : $"（户主 {head}）")}，同一个人不能登记两次。如是迁入，请原村先办理迁出注销；如是录入错误，请核对号码",
            $"'{field.LabelEn}': this number is already registered in {where}{(head is null ? "" : $" (household of {head})")}; one person cannot be registered twice. If they moved here, the old village retires its record first; otherwise check the number"))
        {
            ExistingHolder = existing,
        };
    }

    /// <summary>The holders of each ID number in <paramref name="pairs"/> held more than once, described for reviewers (any engine).</summary>
    public static async Task<IReadOnlyList<DuplicateIdentity>> DuplicatesAsync(IFormHubStore store, List<(string IdNumber, Guid Entity)> pairs, CancellationToken ct)
    {
        if (pairs.Count == 0) return [];

        var records = await store.GetManyAsync(pairs.Select(p => p.Entity).Distinct().ToList(), ct);
        var households = await store.GetManyAsync(records.Values
            .Select(r => IdentityNumbers.HouseholdOf(store.Catalog, r.EntityType, r.Fields)).OfType<Guid>().Distinct().ToList(), ct);
        var names = (await store.GetRegionsAsync(ct)).ToDictionary(u => u.Code.Value, u => u.Name, StringComparer.Ordinal);
        return pairs.GroupBy(p => p.IdNumber, StringComparer.Ordinal).Select(g => new DuplicateIdentity(g.Key, g
                .Where(p => records.ContainsKey(p.Entity))
                .Select(p => records[p.Entity])
                .OrderBy(r => r.VillageCode, StringComparer.Ordinal).ThenBy(r => r.ValidFrom)
                .Select(r =>
                {
                    var head = IdentityNumbers.HouseholdOf(store.Catalog, r.EntityType, r.Fields) is { } h && households.TryGetValue(h, out var household)
                        ? IdentityNumbers.NameOf(store.Catalog, household.EntityType, household.Fields) : null;
                    return new DuplicateHolder(IdentityNumbers.Describe(store.Catalog, r.Id, r.EntityType, r.VillageCode, r.Fields, names, head), r);
                }).ToList()))
            .Where(d => d.Holders.Count > 1)
            .ToList();
    }
}
