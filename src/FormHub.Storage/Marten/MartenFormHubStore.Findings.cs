using FormHub.Core.OrgUnits;
using FormHub.Core.Rules;
using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using Marten;

namespace FormHub.Storage.Marten;

/// <summary>Findings of record rules with when they appeared and were resolved, and eligibility outcomes with their audit lines.</summary>
public sealed partial class MartenFormHubStore : IFindingStore
{
    public async Task<FindingChanges> SaveFindingsAsync(string villageCode, string period, IReadOnlyCollection<string> ruleIds,
        IReadOnlyList<FindingDraft> found, DateTimeOffset now, CancellationToken ct = default)
    {
        if (ruleIds.Count == 0) return new FindingChanges(0, 0, 0);
        var rules = ruleIds.ToArray();
        var at = now.ToUniversalTime();
        // Two passes over one village at once: the second to commit meets the open-finding index or a changed version,
        // and compares again with what the first stored.
        return await WriteAsync(async session =>
        {
            var open = (await session.Query<FindingDocument>()
                    .Where(f => f.VillageCode == villageCode && f.Period == period && f.OpenKey != null && rules.Contains(f.RuleId))
                    .ToListAsync(ct))
                .ToDictionary(f => (f.RuleId, f.EntityId));

            int appeared = 0, kept = 0;
            var seen = new HashSet<(string, Guid)>();
            foreach (var draft in found)
            {
                if (!seen.Add((draft.RuleId, draft.EntityId))) continue;
                if (open.TryGetValue((draft.RuleId, draft.EntityId), out var existing))
                {
                    kept++;
                    if (draft.Matches((FindingLevel)existing.Level, existing.Message, existing.MessageEn, existing.Gap, existing.Values, existing.Related)) continue;
                    session.Store(existing with
                    {
                        Message = draft.Message, MessageEn = draft.MessageEn, Values = Copy(draft.Values), Gap = draft.Gap, Level = (int)draft.Level,
                        Related = Links(draft.Related),
                    });
                    continue;
                }
                appeared++;
                session.Insert(new FindingDocument(Guid.NewGuid(), draft.RuleId, draft.EntityId, draft.EntityType, villageCode, period, (int)draft.Level,
                    draft.Message, Copy(draft.Values), draft.Gap, at, null, FindingDocument.KeyOf(draft.RuleId, draft.EntityId, period), draft.MessageEn)
                {
                    Related = Links(draft.Related),
                });
            }

            var resolved = 0;
            foreach (var (key, finding) in open)
            {
                if (seen.Contains(key)) continue;
                resolved++;
                session.Store(finding with { ResolvedAt = at, OpenKey = null });
            }
            return new FindingChanges(appeared, resolved, kept + appeared);
        }, ct, againOnUniqueValue: true);
    }

    private static List<FindingLink>? Links(IReadOnlyList<FindingLink> related) => related.Count == 0 ? null : related.ToList();

    private static Dictionary<string, string?> Copy(IReadOnlyDictionary<string, string?> values) => values.ToDictionary(v => v.Key, v => v.Value);

    public async Task<IReadOnlyList<Finding>> ListFindingsAsync(string underUnit, string period, bool includeResolved = false, CancellationToken ct = default)
    {
        var prefix = RegionCode.Parse(underUnit).Prefix;
        await using var session = Documents.QuerySession();
        var query = session.Query<FindingDocument>().Where(f => f.VillageCode.StartsWith(prefix) && f.Period == period);
        if (!includeResolved) query = query.Where(f => f.OpenKey != null);
        var stored = await query.OrderBy(f => f.VillageCode).ThenBy(f => f.RuleId).ThenBy(f => f.AppearedAt).ThenBy(f => f.Id).ToListAsync(ct);
        return stored.Select(f => new Finding(f.Id, f.RuleId, f.EntityId, f.EntityType, f.VillageCode, f.Period, (FindingLevel)f.Level, f.Message,
            f.Values, f.Gap, f.AppearedAt, f.ResolvedAt, f.MessageEn) { Related = f.Related ?? [] }).ToList();
    }

    public Task SaveEligibilityOutcomeAsync(EligibilityOutcome outcome, AuditEntry audit, CancellationToken ct = default) => WriteAsync(async session =>
    {
        session.Store(new EligibilityOutcomeDocument(EligibilityOutcomeDocument.KeyOf(outcome.RuleId, outcome.EntityId), outcome.RuleId, outcome.EntityId,
            outcome.VillageCode, outcome.Outcome, outcome.Reason, outcome.RecordedBy, outcome.RecordedAt.ToUniversalTime()));
        await AddAuditAsync(session, [audit], ct);
    }, ct);

    public async Task<IReadOnlyList<EligibilityOutcome>> ListEligibilityOutcomesAsync(string underUnit, CancellationToken ct = default)
    {
        var prefix = RegionCode.Parse(underUnit).Prefix;
        await using var session = Documents.QuerySession();
        var stored = await session.Query<EligibilityOutcomeDocument>().Where(o => o.VillageCode.StartsWith(prefix))
            .OrderBy(o => o.VillageCode).ThenBy(o => o.RuleId).ToListAsync(ct);
        return stored.Select(o => new EligibilityOutcome(o.RuleId, o.EntityId, o.VillageCode, o.Outcome, o.Reason, o.RecordedBy, o.RecordedAt)).ToList();
    }
}
