using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shards;

/// <summary>
/// <see cref="IReportRowStore"/>, <see cref="ISubmissionStore"/> and <see cref="IFindingStore"/> across shards: a unit's
/// rows, a village's submissions and findings on its county's shard, rows above a county on the home shard; an area above
/// a county is read from every shard beneath it. Feed cursors, leases and quarantine belong to the feed being followed
/// (<see cref="FeedShard"/>), so each shard's materializer keeps its own.
/// </summary>
public sealed partial class ShardedFormHubStore
{
    public async Task SaveReportRowsAsync(IReadOnlyCollection<StoredReportRow> rows, CancellationToken ct = default)
    {
        // One transaction per shard: a pass that rolls up to the province writes its county rows, then the province's.
        foreach (var group in rows.GroupBy(r => ShardOf(r.UnitCode)))
            await group.Key.SaveReportRowsAsync(group.ToList(), ct);
    }

    public Task<StoredReportRow?> GetReportRowAsync(string templateId, int version, string period, string unitCode, CancellationToken ct = default) =>
        ShardOf(unitCode).GetReportRowAsync(templateId, version, period, unitCode, ct);

    public async Task<IReadOnlyList<StoredReportRow>> GetReportRowsAsync(string templateId, int version, string period, string underUnit,
        OrgLevel? level = null, CancellationToken ct = default) =>
        (await GatherAsync(ShardsUnder(underUnit), s => s.GetReportRowsAsync(templateId, version, period, underUnit, level, ct)))
        .OrderBy(r => r.UnitCode, StringComparer.Ordinal).ToList();

    /// <summary>
    /// On the shards that keep the rows (a city's or the province's on the home shard), shard by shard in layout order so two
    /// holders cannot deadlock; a hold refused part way lets go of what it took.
    /// </summary>
    public async Task<IAsyncDisposable> HoldReportRowsAsync(IReadOnlyCollection<ReportRowKey> rows, CancellationToken ct = default)
    {
        var holds = new Stack<IAsyncDisposable>();
        try
        {
            foreach (var shard in _shards)
            {
                var mine = rows.Where(r => ReferenceEquals(ShardOf(r.UnitCode), shard)).ToList();
                if (mine.Count > 0) holds.Push(await shard.HoldReportRowsAsync(mine, ct));
            }
            return new Holds(holds);
        }
        catch
        {
            await new Holds(holds).DisposeAsync();
            throw;
        }
    }

    /// <summary>Holds on several shards, let go in the reverse order they were taken.</summary>
    private sealed class Holds(Stack<IAsyncDisposable> holds) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            while (holds.TryPop(out var hold)) await hold.DisposeAsync();
        }
    }

    public Task<UnitReportPeriods> GetReportPeriodsAsync(string unitCode, CancellationToken ct = default) =>
        ShardOf(unitCode).GetReportPeriodsAsync(unitCode, ct);

    public Task<FeedCursor> GetCursorAsync(string name, CancellationToken ct = default) => _feed.GetCursorAsync(name, ct);

    public Task SetCursorAsync(string name, FeedCursor position, CancellationToken ct = default) => _feed.SetCursorAsync(name, position, ct);

    public Task<bool> TryHoldLeaseAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default) =>
        _feed.TryHoldLeaseAsync(name, holder, duration, ct);

    public Task<string?> GetLeaseHolderAsync(string name, CancellationToken ct = default) => _feed.GetLeaseHolderAsync(name, ct);

    public Task<bool> TryTakeOverLeaseAsync(string name, string holder, string abandoned, TimeSpan duration, CancellationToken ct = default) =>
        _feed.TryTakeOverLeaseAsync(name, holder, abandoned, duration, ct);

    public Task ReleaseLeaseAsync(string name, string holder, CancellationToken ct = default) => _feed.ReleaseLeaseAsync(name, holder, ct);

    public Task QuarantineChangeAsync(QuarantinedChange change, CancellationToken ct = default) => _feed.QuarantineChangeAsync(change, ct);

    public Task<IReadOnlyList<QuarantinedChange>> ListQuarantinedChangesAsync(CancellationToken ct = default) => _feed.ListQuarantinedChangesAsync(ct);

    public Task ReleaseQuarantinedChangeAsync(FeedCursor cursor, CancellationToken ct = default) => _feed.ReleaseQuarantinedChangeAsync(cursor, ct);

    public Task<Submission> GetSubmissionAsync(string villageCode, string period, CancellationToken ct = default) =>
        ShardOf(villageCode).GetSubmissionAsync(villageCode, period, ct);

    public async Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string underUnit, string period, CancellationToken ct = default) =>
        (await GatherAsync(ShardsUnder(underUnit), s => s.ListSubmissionsAsync(underUnit, period, ct))).OrderBy(s => s.VillageCode, StringComparer.Ordinal).ToList();

    public Task<IReadOnlyList<Submission>> ListClosedSubmissionsAsync(string villageCode, string fromMonth, CancellationToken ct = default) =>
        ShardOf(villageCode).ListClosedSubmissionsAsync(villageCode, fromMonth, ct);

    /// <summary>On the village's shard, with its audit line in the same transaction.</summary>
    public Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, CancellationToken ct = default) =>
        ShardOf(next.VillageCode).SaveSubmissionAsync(next, expectedVersion, audit, ct);

    /// <summary>On the village's shard, which is its county's: the county's setting lines are there too.</summary>
    public Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, AuditGuard guard, CancellationToken ct = default) =>
        ShardOf(next.VillageCode).SaveSubmissionAsync(next, expectedVersion, audit, guard, ct);

    /// <summary>On the county's shard, where its setting lines are (<see cref="AuditShardOf"/>).</summary>
    public Task<AuditEntry?> NewestSettingLineAsync(string action, string unitCode, CancellationToken ct = default) =>
        AuditShardOf(unitCode).NewestSettingLineAsync(action, unitCode, ct);

    /// <summary>A line about a village, township or county goes to its county's shard; any other (sign-ins, a city) to the home shard.</summary>
    public Task AppendAuditAsync(AuditEntry entry, CancellationToken ct = default) => AuditShardOf(entry.UnitCode).AppendAuditAsync(entry, ct);

    /// <summary>On the county's shard, which holds the county's submissions and its audit lines: the one step happens there.</summary>
    public Task<IReadOnlyList<Submission>> AppendAuditUnlessFiledAsync(AuditEntry line, IReadOnlyList<string> unfiledMonths, CancellationToken ct = default) =>
        AuditShardOf(line.UnitCode).AppendAuditUnlessFiledAsync(line, unfiledMonths, ct);

    internal IFormHubStore AuditShardOf(string? unitCode) =>
        RegionCode.TryParse(unitCode, out var code, out _) && code.Level >= OrgLevel.County ? ShardOfCounty(code.CountyCode) : Home;

    /// <summary>Newest first across shards (their sequence numbers are each shard's own, so lines are merged by time).</summary>
    /// <remarks>
    /// The home shard is always asked too: lines written with a shared definition (an import profile, a layout) name the
    /// unit they were made for but are kept with the definition.
    /// </remarks>
    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? underUnit, string? period = null, int take = 100, CancellationToken ct = default) =>
        (await GatherAsync(ShardsUnder(underUnit).Prepend(Home).Distinct(), s => s.ListAuditAsync(underUnit, period, take, ct)))
        .OrderByDescending(a => a.At).Take(take).ToList();

    public async Task<IReadOnlyList<AuditEntry>> ListAuditByActionAsync(IReadOnlyList<string> actionPrefixes, string? actor, string? subject, int take,
        CancellationToken ct = default) =>
        (await GatherAsync(_shards, s => s.ListAuditByActionAsync(actionPrefixes, actor, subject, take, ct))).OrderByDescending(a => a.At).Take(take).ToList();

    public Task<FindingChanges> SaveFindingsAsync(string villageCode, string period, IReadOnlyCollection<string> ruleIds, IReadOnlyList<FindingDraft> found,
        DateTimeOffset now, CancellationToken ct = default) =>
        ShardOf(villageCode).SaveFindingsAsync(villageCode, period, ruleIds, found, now, ct);

    public async Task<IReadOnlyList<Finding>> ListFindingsAsync(string underUnit, string period, bool includeResolved = false, CancellationToken ct = default) =>
        (await GatherAsync(ShardsUnder(underUnit), s => s.ListFindingsAsync(underUnit, period, includeResolved, ct)))
        .OrderBy(f => f.VillageCode, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.AppearedAt).ThenBy(f => f.Id).ToList();

    public Task SaveEligibilityOutcomeAsync(EligibilityOutcome outcome, AuditEntry audit, CancellationToken ct = default) =>
        ShardOf(outcome.VillageCode).SaveEligibilityOutcomeAsync(outcome, audit, ct);

    public async Task<IReadOnlyList<EligibilityOutcome>> ListEligibilityOutcomesAsync(string underUnit, CancellationToken ct = default) =>
        (await GatherAsync(ShardsUnder(underUnit), s => s.ListEligibilityOutcomesAsync(underUnit, ct)))
        .OrderBy(o => o.VillageCode, StringComparer.Ordinal).ThenBy(o => o.RuleId, StringComparer.Ordinal).ToList();
}
