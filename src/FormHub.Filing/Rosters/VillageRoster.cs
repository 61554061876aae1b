using FormHub.Core.Catalog;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Filing.Rosters;

/// <summary>
/// A village's roster filtered by <see cref="RosterCriterion"/>s and ordered by a <see cref="RosterSort"/>. Without either
/// beyond 在册/全部 the store pages it; otherwise the village's records of the type are read (a village keeps hundreds to a
/// few thousand) and filtered and ordered here, because ages, households and members are not columns the store can
/// filter or order by.
/// </summary>
public sealed class VillageRoster(IFormHubStore store)
{
    private const int ReadPage = 1000; // the store's largest page

    public async Task<EntityPage> ListAsync(RosterQuery query, CancellationToken ct)
    {
        var status = query.Criteria.OfType<RecordStatusCriterion>().FirstOrDefault() ?? RecordStatusCriterion.Current;
        var others = query.Criteria.Where(c => c is not RecordStatusCriterion { Retired: not true }).ToList();
        if (others.Count == 0 && query.Sort is null)
        {
            return await store.ListAsync(new EntityQuery(query.VillageCode, query.EntityType)
            {
                Search = query.Search, IncludeRetired = status.ReadsRetired, Skip = query.Skip, Take = query.Take,
                PeriodicPeriods = query.PeriodicPeriods,
            }, ct);
        }

        var docs = await ReadAllAsync(query.VillageCode, query.EntityType, query.Search, status.ReadsRetired, ct);
        var needs = query.Criteria.Aggregate(query.Sort?.Needs ?? RosterRelations.None, (n, c) => n | c.Needs);
        var households = needs.HasFlag(RosterRelations.Household)
            ? (await ReadAllAsync(query.VillageCode, "household", null, includeRetired: true, ct)).ToDictionary(h => h.Id.ToString()) : null;
        var members = needs.HasFlag(RosterRelations.Members)
            ? (await ReadAllAsync(query.VillageCode, "person", null, includeRetired: false, ct))
                .Where(p => p["household"] is string).ToLookup(p => ((string)p["household"]!).ToLowerInvariant()) : null;
        var idField = DerivedFields.IdField(store.Catalog, query.EntityType);

        var records = docs.Select(doc =>
        {
            var fields = new Dictionary<string, object?>(doc.Fields);
            if (idField is not null) DerivedFields.AddTo(fields, idField, query.AsOf);
            var household = households is not null && doc["household"] is string hid ? households.GetValueOrDefault(hid.ToLowerInvariant()) : null;
            return new RosterRecord(doc, fields, household, members is null ? [] : members[doc.Id.ToString()].ToList());
        }).Where(r => query.Criteria.All(c => c.Matches(r)));
        var ordered = (query.Sort?.Apply(records) ?? records).ToList();
        return new EntityPage(ordered.Skip(query.Skip).Take(query.Take).Select(r => r.Document).ToList(), ordered.Count);
    }

    private async Task<List<EntityDocument>> ReadAllAsync(string village, string entityType, string? search, bool includeRetired, CancellationToken ct)
    {
        var all = new List<EntityDocument>();
        while (true)
        {
            var page = await store.ListAsync(new EntityQuery(village, entityType) { Search = search, IncludeRetired = includeRetired, Skip = all.Count, Take = ReadPage }, ct);
            all.AddRange(page.Items);
            if (page.Items.Count < ReadPage || all.Count >= page.Total) return all;
        }
    }
}
