using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>Findings of record rules (智能校验, 免申即享) with when they appeared and were resolved, and eligibility outcomes.</summary>
public interface IFindingStore
{
    /// <summary>
    /// Stores what <paramref name="ruleIds"/> found in a village for a month, in one transaction: a finding not open yet
    /// appears (now), an open one still found keeps its appearance and takes the new message, an open one of those rules
    /// no longer found is resolved (now). Findings of other rules are left alone.
    /// </summary>
    Task<FindingChanges> SaveFindingsAsync(string villageCode, string period, IReadOnlyCollection<string> ruleIds, IReadOnlyList<FindingDraft> found,
        DateTimeOffset now, CancellationToken ct = default);

    /// <summary>
    /// Findings of a month for villages under <paramref name="underUnit"/> (or it): the open ones, and with
    /// <paramref name="includeResolved"/> also those resolved; ordered by village, rule, appearance.
    /// </summary>
    Task<IReadOnlyList<Finding>> ListFindingsAsync(string underUnit, string period, bool includeResolved = false, CancellationToken ct = default);

    /// <summary>
    /// The open findings of several villages, each for its own month (the live pass reads them once for all its villages):
    /// every pair asked answered, with none when it has no open finding; each pair's list as
    /// <see cref="ListFindingsAsync"/> gives it for the village alone.
    /// </summary>
    async Task<IReadOnlyDictionary<(string VillageCode, string Period), IReadOnlyList<Finding>>> ListOpenFindingsAsync(
        IReadOnlyCollection<(string VillageCode, string Period)> pairs, CancellationToken ct = default)
    {
        var result = new Dictionary<(string VillageCode, string Period), IReadOnlyList<Finding>>();
        foreach (var pair in pairs)
        {
            if (!result.ContainsKey(pair)) result[pair] = await ListFindingsAsync(pair.VillageCode, pair.Period, ct: ct);
        }
        return result;
    }

    /// <summary>Records (or replaces) the outcome for one person on a list, with its audit line, in one transaction.</summary>
    Task SaveEligibilityOutcomeAsync(EligibilityOutcome outcome, AuditEntry audit, CancellationToken ct = default);

    /// <summary>Outcomes recorded for records of villages under <paramref name="underUnit"/>.</summary>
    Task<IReadOnlyList<EligibilityOutcome>> ListEligibilityOutcomesAsync(string underUnit, CancellationToken ct = default);
}
