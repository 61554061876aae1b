using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage;

namespace FormHub.Filing;

/// <summary>
/// Reads, from the event log, what changed in a village since its last approved month: the reviewer's main question
/// before approving (本月有哪些新增、变更、注销). The log is the record of who typed what, so nothing else can answer it.
/// </summary>
public sealed class MonthChangeReader(IFormHubStore store)
{
    /// <summary>At most this many entries, the newest; a first month after a bulk load would otherwise list the whole village.</summary>
    public const int MaxEntries = 500;

    /// <summary>How far back an approved month is looked for: beyond two years the whole log is the answer anyway.</summary>
    private const int MonthsBack = 24;

    public async Task<VillageChangeLog> SinceLastApprovalAsync(OrgUnit village, Period month, string? entityType, CancellationToken ct)
    {
        var (sincePeriod, since) = await LastApprovalBeforeAsync(village, month, ct);
        var events = await store.ListVillageEventsAsync(village.Code.Value, since, MaxEntries + 1, ct);
        var truncated = events.Count > MaxEntries;
        var shown = events.Skip(truncated ? 1 : 0).Where(e => entityType is null || e.EntityType == entityType).ToList();
        var documents = await store.GetManyAsync(shown.Select(e => e.EntityId).Distinct().ToList(), ct);
        var entries = shown.Select(e => new ChangeLogEntry(e.RecordedAt, e.User, e.EntityId, e.EntityType,
            documents.TryGetValue(e.EntityId, out var doc) && doc.Fields.TryGetValue("name", out var name) ? name as string : null,
            e.Kind, e.ValidFrom, e.Period, e.Changes, e.Retirement)).ToList();
        return new VillageChangeLog(sincePeriod, since, entries, truncated);
    }

    private async Task<(string? Period, DateTimeOffset? At)> LastApprovalBeforeAsync(OrgUnit village, Period month, CancellationToken ct)
    {
        var earlier = month.Previous;
        for (var i = 0; i < MonthsBack; i++, earlier = earlier.Previous)
        {
            var submission = await store.GetSubmissionAsync(village.Code.Value, earlier.Key, ct);
            if (submission.IsApproved && submission.ApprovedAt is { } at) return (earlier.Key, at);
        }
        return (null, null);
    }
}
