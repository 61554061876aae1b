using FormHub.Core.OrgUnits;
using FormHub.Storage;

namespace FormHub.Filing;

/// <summary>The region tree, read from the store and kept for a minute: every request resolves units through it.</summary>
public sealed class RegionDirectory(IFormHubStore store, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private (RegionTree Tree, DateTimeOffset LoadedAt)? _cached;

    public async Task<RegionTree> GetAsync(CancellationToken ct)
    {
        if (_cached is { } c && clock.GetUtcNow() - c.LoadedAt < Lifetime) return c.Tree;
        var tree = new RegionTree(await store.GetRegionsAsync(ct), "regions");
        _cached = (tree, clock.GetUtcNow());
        return tree;
    }
}
