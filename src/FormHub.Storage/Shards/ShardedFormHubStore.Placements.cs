using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Storage.Marten;
using FormHub.Storage.Marten.Documents;

namespace FormHub.Storage.Shards;

/// <summary>
/// Placing a county on a shard by command (<c>formhub shards place</c>, issue 17 item 3): the placement is a document on
/// the home shard, read by every process that opens the province at start (and again by <see cref="RefreshPlacementsAsync"/>);
/// it overrides the layout file's line for that county, so the file stays the default and new counties need no file edit.
/// A county is placed only once, while it is placed nowhere: running servers read placements only at start, so moving a
/// placed county (even one with no data yet) would let them keep writing it to its old shard while restarted ones write
/// to the new one — the county split over two shards. An unplaced county is refused by running servers until restarted.
/// </summary>
public sealed partial class ShardedFormHubStore
{
    /// <summary>The layout file's and the commands' placements, shared by a store and its feed views.</summary>
    private sealed class Placements(ShardLayout file)
    {
        private ShardLayout _current = file;

        public ShardLayout File { get; } = file;

        public ShardLayout Current
        {
            get => Volatile.Read(ref _current);
            set => Volatile.Write(ref _current, value);
        }
    }

    private MartenFormHubStore HomeDocuments => Home as MartenFormHubStore
        ?? throw new InvalidOperationException("A sharded province keeps its county placements on a PostgreSQL (Marten) home shard.");

    /// <summary>Reads the placements made by command from the home shard and puts them over the layout file's.</summary>
    public async Task RefreshPlacementsAsync(CancellationToken ct = default) => await ReadPlacementsAsync(ct);

    /// <summary><see cref="RefreshPlacementsAsync"/>, handing back the placements made by command as read.</summary>
    private async Task<IReadOnlyList<CountyPlacementDocument>> ReadPlacementsAsync(CancellationToken ct)
    {
        var placed = await HomeDocuments.ReadCountyPlacementsAsync(ct);
        var counties = new Dictionary<string, string>(FileLayout.Counties, StringComparer.Ordinal);
        // A shard no longer in the file is skipped: the county then routes as the file says (or is refused) until placed again.
        foreach (var p in placed.Where(p => _byName.ContainsKey(p.Shard))) counties[p.Id] = p.Shard;
        _layout.Current = FileLayout with { Counties = counties };
        return placed;
    }

    /// <summary>Every county placed, by code: its shard and whether the layout file or a command placed it.</summary>
    public async Task<IReadOnlyList<CountyPlacement>> ListPlacementsAsync(CancellationToken ct = default)
    {
        var byCommand = (await ReadPlacementsAsync(ct)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        return Layout.Counties.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => byCommand.TryGetValue(c.Key, out var p) && p.Shard == c.Value
                ? new CountyPlacement(c.Key, c.Value, CountyPlacementSource.Command, p.PlacedAt, p.PlacedBy)
                : new CountyPlacement(c.Key, c.Value, CountyPlacementSource.LayoutFile, null, null))
            .ToList();
    }

    /// <summary>
    /// Places <paramref name="county"/> (6 or 12 digits) on the shard named <paramref name="shard"/>, so its data is written
    /// there from now on. Refused (<see cref="ShardPlacementException"/>, nothing changed) for a code that is not a county's,
    /// a shard the layout does not name, a county already placed elsewhere (by the layout file or by an earlier placement:
    /// running servers route it there until restarted), or a county that already has data on another shard. Placing a county
    /// where it already is changes nothing. The answer is the county's 12-digit code as placed (the caller's text trimmed and
    /// completed) and whether it was placed now.
    /// </summary>
    public async Task<(string County, bool Placed)> PlaceCountyAsync(string county, string shard, string user, CancellationToken ct = default)
    {
        var given = county.Trim();
        if (!RegionCode.TryParse(given.Length == 6 ? given + "000000" : given, out var code, out _) || code.Level != OrgLevel.County)
            throw new ShardPlacementException(new LocalizedText($"“{county}”不是县级区划代码（6 位或 12 位，如 361025 或 361025000000）。未做任何更改。",
                $"'{county}' is not a county's region code (6 or 12 digits, e.g. 361025). Nothing was changed."));
        if (!_byName.TryGetValue(shard, out var target))
            throw new ShardPlacementException(new LocalizedText(
                $"分片配置中没有名为“{shard}”的分片（已有：{string.Join("、", FileLayout.Shards.Select(s => s.Name))}）。未做任何更改。",
                $"The shard layout has no shard '{shard}' (it has: {string.Join(", ", FileLayout.Shards.Select(s => s.Name))}). Nothing was changed."));
        var full = code.Value;
        await RefreshPlacementsAsync(ct);
        var placedOn = Layout.ShardOf(full);
        if (placedOn == shard) return (full, false);
        if (placedOn is not null)
            throw new ShardPlacementException(new LocalizedText(
                $"县 {full} 已放在分片“{placedOn}”上，不能改放到分片“{shard}”：正在运行的服务器只在启动时读取分片分配，改放后它们仍会把该县的数据写入“{placedOn}”，而重启后的服务器写入“{shard}”，一个县的数据将分散在两个分片上。如确需迁移，请先停止所有服务器，迁移该县已有数据后修改分片配置文件再启动。未做任何更改。",
                $"County {full} is already placed on shard '{placedOn}'; it cannot be re-placed on '{shard}': running servers read placements only at start and would keep writing the county to '{placedOn}' while restarted ones write to '{shard}', splitting the county over two shards. To move it, stop every server, move its data, edit the shard layout file, then start them. Nothing was changed."));
        foreach (var (name, other) in _byName)
        {
            if (ReferenceEquals(other, target) || other is not MartenFormHubStore documents || !await documents.HoldsCountyDataAsync(full, ct)) continue;
            throw new ShardPlacementException(new LocalizedText(
                $"县 {full} 在分片“{name}”上已有数据（记录、事件、报表行或填报状态），不能改放到分片“{shard}”：已有的数据不会随之迁移，一个县的数据将分散在两个分片上。未做任何更改。",
                $"County {full} already has data on shard '{name}' (records, events, report rows or submissions); it cannot be placed on '{shard}': its data would not follow, and the county would be split over two shards. Nothing was changed."));
        }
        await HomeDocuments.SaveCountyPlacementAsync(new CountyPlacementDocument(full, shard, HomeDocuments.Clock.GetUtcNow(), user), ct);
        await RefreshPlacementsAsync(ct);
        return (full, true);
    }
}
