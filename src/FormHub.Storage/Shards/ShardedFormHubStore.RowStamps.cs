using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shards;

public sealed partial class ShardedFormHubStore
{
    /// <summary>From the shards that keep the unit's rows, each in its own one read.</summary>
    public async Task<IReadOnlyList<ReportRowStamp>> GetReportRowStampsAsync(string templateId, IReadOnlyCollection<(int Version, string Period)> periods,
        string underUnit, OrgLevel level, CancellationToken ct = default) =>
        await GatherAsync(ShardsUnder(underUnit), s => s.GetReportRowStampsAsync(templateId, periods, underUnit, level, ct));
}
