using FormHub.Core.OrgUnits;
using FormHub.Storage.Marten;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;

namespace FormHub.Storage.Shards;

/// <summary>
/// The duplicates report across the province's databases: an ID number held by a live record under the area on one shard
/// and by a live record on another (registered before saves checked other shards, or copied in by a migration) is listed
/// with every holder, as one database lists a number held twice in it. Each shard beneath the area reads its numbers under
/// the area a page at a time, in number order, and every other shard is asked which of them it holds (an indexed look-up
/// per page); the numbers found, with those each shard finds held twice within itself, are then described with every
/// holder on every shard. A county viewer thus sees a number its county shares with a county on another shard; the
/// other county's record is shown outside their scope, as the single database shows it (masked, no id).
/// </summary>
internal static class CrossShardDuplicates
{
    /// <summary>Numbers a look-up on another shard: one array parameter per slice of it (<see cref="MartenFormHubStore"/> slices by 2,000).</summary>
    private const int PageSize = 10_000;

    public static async Task<IReadOnlyList<DuplicateIdentity>> FindAsync(ShardedFormHubStore store, RegionCode under, IReadOnlyList<IFormHubStore> beneath,
        CancellationToken ct)
    {
        var within = (await Task.WhenAll(beneath.Select(s => s.FindDuplicateIdentitiesAsync(under, ct)))).SelectMany(d => d).ToList();
        if (store.Shards.Count < 2) return within;
        // The shards beneath read their pages side by side (a province's or a city's view spans several).
        var found = await Task.WhenAll(beneath.Select(async shard =>
        {
            var own = shard as MartenFormHubStore ?? throw new InvalidOperationException("Every shard of a province on several databases is a PostgreSQL (Marten) store.");
            var others = store.Shards.Values.Where(s => !ReferenceEquals(s, shard)).ToList();
            var shared = new List<string>();
            await foreach (var page in own.ReadIdNumbersUnderAsync(under, PageSize, ct))
            {
                foreach (var held in await Task.WhenAll(others.Select(o => o.FindIdNumberHoldersAsync(page, ct))))
                    shared.AddRange(held.Where(h => !h.Record.Retired).Select(h => h.IdNumber));
            }
            return shared;
        }));
        var across = found.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        // Nothing shared between shards (the rule once saves check them): each shard's own report is the whole answer.
        if (across.Count == 0) return within;
        var numbers = across.Union(within.Select(d => d.IdNumber), StringComparer.Ordinal).ToList();
        var pairs = (await store.FindIdNumberHoldersAsync(numbers, ct)).Where(h => !h.Record.Retired)
            .Select(h => (h.IdNumber, h.Record.Id)).Distinct().OrderBy(p => p.IdNumber, StringComparer.Ordinal).ToList();
        return await IdentityNumbers.DuplicatesAsync(store, pairs, ct);
    }
}
