using FormHub.Core.OrgUnits;
using FormHub.Core.Validation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Import.ValueSets;

/// <summary>
/// Finds the record a value is for, by FormHub id or by 公民身份号码 within its village (a household by its head's), only
/// inside the writer's area; each village's roster is read once per request.
/// </summary>
internal sealed class RecordResolver(IFormHubStore store, ImportScope writer)
{
    private readonly Dictionary<string, Dictionary<string, EntityDocument>> _byIdNumber = new(StringComparer.Ordinal);

    /// <summary>The record, or the member of the value at fault and what is wrong with it.</summary>
    public async Task<(EntityDocument? Record, string Member, string? Problem)> ByIdAsync(string? id, string entityType, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var guid)) return (null, "record", $"应为记录编号（GUID），收到“{id}”");
        var record = await store.GetAsync(guid, ct);
        if (record is null || record.EntityType != entityType || record.Retirement is not null || !writer.Covers(RegionCode.Parse(record.VillageCode)))
            return (null, "record", $"没有编号为 {guid} 的{Label(entityType)}（或不在本客户端的范围内）");
        return (record, "record", null);
    }

    public async Task<(EntityDocument? Record, string Member, string? Problem)> ByIdNumberAsync(string? orgUnit, string? idNumber, string entityType, CancellationToken ct)
    {
        if (!RegionCode.TryParse(orgUnit, out var village, out var error) || village.Level != OrgLevel.Village)
            return (null, "orgUnit", $"按身份证号查找需要记录所在村的12位区划代码{(error is null ? "" : "：" + error.Zh)}");
        if (!writer.Covers(village)) return (null, "orgUnit", $"村 {village} 不在本客户端的范围内");
        if (string.IsNullOrWhiteSpace(idNumber)) return (null, "idNumber", "缺少公民身份号码");
        var key = idNumber.Trim().ToUpperInvariant();
        if (!_byIdNumber.TryGetValue(village.Value + "/" + entityType, out var index))
        {
            index = await LoadAsync(village.Value, entityType, ct);
            _byIdNumber[village.Value + "/" + entityType] = index;
        }

        return index.TryGetValue(key, out var record) ? (record, "idNumber", null)
            : (null, "idNumber", $"村 {village} 没有{(entityType == "household" ? "户主" : "人员")}的公民身份号码是 {ChineseIdNumber.Mask(key)}");
    }

    private async Task<Dictionary<string, EntityDocument>> LoadAsync(string village, string entityType, CancellationToken ct)
    {
        var persons = await ListAllAsync(village, "person", ct);
        var index = new Dictionary<string, EntityDocument>(StringComparer.Ordinal);
        if (entityType == "person")
        {
            foreach (var p in persons) if (p["id_number"] is string id) index.TryAdd(id, p);
            return index;
        }

        var households = (await ListAllAsync(village, "household", ct)).ToDictionary(h => h.Id.ToString());
        foreach (var p in persons)
            if (p["relation_to_head"] as string == "户主" && p["id_number"] is string id && p["household"] is string hh && households.TryGetValue(hh, out var h))
                index.TryAdd(id, h);
        return index;
    }

    private async Task<List<EntityDocument>> ListAllAsync(string village, string type, CancellationToken ct)
    {
        var all = new List<EntityDocument>();
        for (var skip = 0; ; skip += 1000)
        {
            var page = await store.ListAsync(new EntityQuery(village, type) { Skip = skip, Take = 1000 }, ct);
            all.AddRange(page.Items);
            if (page.Items.Count < 1000) return all;
        }
    }

    private static string Label(string entityType) => entityType == "household" ? "户" : entityType == "person" ? "人员" : entityType;
}
