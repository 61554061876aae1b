using FormHub.Storage.Model;

namespace FormHub.Storage.Shards;

/// <summary>The live materializer's reads for a whole pass of villages: one read per shard the villages lie on.</summary>
public sealed partial class ShardedFormHubStore
{
    public async Task<IReadOnlyDictionary<string, UnitReportPeriods>> GetReportPeriodsAsync(IReadOnlyCollection<string> unitCodes,
        IReadOnlyDictionary<string, string>? since = null, CancellationToken ct = default)
    {
        var result = new Dictionary<string, UnitReportPeriods>(StringComparer.Ordinal);
        foreach (var shard in unitCodes.Distinct(StringComparer.Ordinal).GroupBy(ShardOf))
        {
            foreach (var (unit, periods) in await shard.Key.GetReportPeriodsAsync(shard.ToList(), since, ct)) result[unit] = periods;
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<ReportRowKey, StoredReportRow>> FindReportRowsAsync(IReadOnlyCollection<ReportRowKey> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<ReportRowKey, StoredReportRow>();
        foreach (var shard in keys.Distinct().GroupBy(k => ShardOf(k.UnitCode)))
        {
            foreach (var (key, row) in await shard.Key.FindReportRowsAsync(shard.ToList(), ct)) result[key] = row;
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<(string VillageCode, string Period), Submission>> GetSubmissionsAsync(
        IReadOnlyCollection<(string VillageCode, string Period)> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<(string VillageCode, string Period), Submission>();
        foreach (var shard in keys.Distinct().GroupBy(k => ShardOf(k.VillageCode)))
        {
            foreach (var (key, submission) in await shard.Key.GetSubmissionsAsync(shard.ToList(), ct)) result[key] = submission;
        }
        return result;
    }
}
