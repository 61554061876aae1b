using FormHub.Core.OrgUnits;
using FormHub.Core.Validation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Import.ValueSets;

/// <summary>
/// Finds the record a value is for, by FormHub id or by 公民身份号码 within its village (a household by its head's), only
/// inside the writer's area. Every record a request names is looked up once, up front, without reading its fields
/// (<see cref="IFormHubStore.FindIdNumberHoldersAsync"/>, <see cref="IFormHubStore.GetHeadersAsync"/>): reading each
/// village's whole roster as documents to match ID numbers was half of a 10,000-value request (issue 16).
/// </summary>
internal sealed class RecordResolver(IFormHubStore store, ImportScope writer)
{
    private IReadOnlyDictionary<Guid, RecordHeader> _byId = new Dictionary<Guid, RecordHeader>();
    /// <summary>Persons not retired by the ID number they hold.</summary>
    private ILookup<string, RecordHeader> _persons = Array.Empty<RecordHeader>().ToLookup(r => "");
    /// <summary>The household each head (户主) among the persons named for household values heads.</summary>
    private readonly Dictionary<Guid, RecordHeader> _householdOfHead = [];

    /// <summary>Looks up every record <paramref name="values"/> name under <paramref name="scheme"/>, in a few batched reads.</summary>
    public async Task PrepareAsync(IReadOnlyList<DataValue> values, string scheme, CancellationToken ct)
    {
        if (scheme == "id")
        {
            _byId = await store.GetHeadersAsync(values.Select(v => Guid.TryParse(v.Record, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList(), ct);
            return;
        }

        var numbers = values.Where(v => !string.IsNullOrWhiteSpace(v.IdNumber)).Select(v => Key(v.IdNumber!)).Distinct(StringComparer.Ordinal).ToList();
        _persons = (await store.FindIdNumberHoldersAsync(numbers, ct))
            .Where(h => h.Record is { EntityType: "person", Retired: false }).ToLookup(h => h.IdNumber, h => h.Record, StringComparer.Ordinal);

        // A household is found by its head's number: only the persons named for household values are read whole, for
        // their relation to the head and their household.
        var headNumbers = values.Where(v => v.DataElement is { } key && store.Catalog.FindField(key)?.EntityType == "household" && !string.IsNullOrWhiteSpace(v.IdNumber))
            .Select(v => Key(v.IdNumber!)).ToHashSet(StringComparer.Ordinal);
        if (headNumbers.Count == 0) return;
        var heads = await store.GetManyAsync(headNumbers.SelectMany(n => _persons[n]).Select(p => p.Id).Distinct().ToList(), ct);
        var householdIds = new Dictionary<Guid, Guid>();
        foreach (var head in heads.Values)
            if (head["relation_to_head"] as string == "户主" && head["household"] is string hh && Guid.TryParse(hh, out var household))
                householdIds[head.Id] = household;
        var households = await store.GetHeadersAsync(householdIds.Values.Distinct().ToList(), ct);
        foreach (var (head, household) in householdIds)
            if (households.TryGetValue(household, out var h) && h is { EntityType: "household", Retired: false }) _householdOfHead[head] = h;
    }

    /// <summary>The record, or the member of the value at fault and what is wrong with it.</summary>
    public (RecordHeader? Record, string Member, string? Problem) ById(string? id, string entityType)
    {
        if (!Guid.TryParse(id, out var guid)) return (null, "record", $"应为记录编号（GUID），收到“{id}”");
        if (!_byId.TryGetValue(guid, out var record) || record.EntityType != entityType || record.Retired || !writer.Covers(RegionCode.Parse(record.VillageCode)))
            return (null, "record", $"没有编号为 {guid} 的{Label(entityType)}（或不在本客户端的范围内）");
        return (record, "record", null);
    }

    public (RecordHeader? Record, string Member, string? Problem) ByIdNumber(string? orgUnit, string? idNumber, string entityType)
    {
        if (!RegionCode.TryParse(orgUnit, out var village, out var error) || village.Level != OrgLevel.Village)
            return (null, "orgUnit", $"按身份证号查找需要记录所在村的12位区划代码{(error is null ? "" : "：" + error.Zh)}");
        if (!writer.Covers(village)) return (null, "orgUnit", $"村 {village} 不在本客户端的范围内");
        if (string.IsNullOrWhiteSpace(idNumber)) return (null, "idNumber", "缺少公民身份号码");
        var key = Key(idNumber);
        var persons = _persons[key].Where(p => p.VillageCode == village.Value);
        var record = entityType == "person" ? persons.FirstOrDefault()
            : persons.Select(p => _householdOfHead.GetValueOrDefault(p.Id)).FirstOrDefault(h => h?.VillageCode == village.Value);
        return record is not null ? (record, "idNumber", null)
            : (null, "idNumber", $"村 {village} 没有{(entityType == "household" ? "户主" : "人员")}的公民身份号码是 {ChineseIdNumber.Mask(key)}");
    }

    /// <summary>A number as stored: no spaces, upper-case check letter.</summary>
    private static string Key(string idNumber) => idNumber.Trim().ToUpperInvariant();

    private static string Label(string entityType) => entityType == "household" ? "户" : entityType == "person" ? "人员" : entityType;
}
