using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>Per-village, per-period submission state (draft → submitted → approved | returned) and the audit trail beside it.</summary>
public interface ISubmissionStore
{
    /// <summary>The village's submission for the period; a new draft (version 0) when nobody has acted on it yet.</summary>
    Task<Submission> GetSubmissionAsync(string villageCode, string period, CancellationToken ct = default);

    /// <summary>
    /// <see cref="GetSubmissionAsync"/> for several (village, period) pairs at once, every pair asked answered (a new draft
    /// when nobody acted on it): the live materializer's frozen-month check for a whole pass. Engines read them in one
    /// query; this default asks pair by pair.
    /// </summary>
    async Task<IReadOnlyDictionary<(string VillageCode, string Period), Submission>> GetSubmissionsAsync(
        IReadOnlyCollection<(string VillageCode, string Period)> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<(string, string), Submission>();
        foreach (var key in keys)
        {
            if (!result.ContainsKey(key)) result[key] = await GetSubmissionAsync(key.VillageCode, key.Period, ct);
        }
        return result;
    }

    /// <summary>Stored submissions of a period for every village under <paramref name="underUnit"/>; villages never acted on are absent.</summary>
    Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string underUnit, string period, CancellationToken ct = default);

    /// <summary>
    /// The village's submitted or approved months from <paramref name="fromMonth"/> on (oldest first): the months whose
    /// reports a write dated in or before them would change, which is why a write must not reach them.
    /// </summary>
    Task<IReadOnlyList<Submission>> ListClosedSubmissionsAsync(string villageCode, string fromMonth, CancellationToken ct = default);

    /// <summary>
    /// Stores <paramref name="next"/> if the stored version is still <paramref name="expectedVersion"/>, with its audit line,
    /// in one transaction; returns it with its new version. Throws <see cref="Errors.SubmissionConflictException"/> otherwise.
    /// </summary>
    Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, CancellationToken ct = default);

    /// <summary>
    /// As the other overload, and only while <paramref name="guard"/> still holds, checked in the same transaction (which a
    /// county setting's <see cref="AppendAuditUnlessFiledAsync"/> cannot interleave with). Throws
    /// <see cref="Errors.AuditGuardException"/> when the guarded setting moved; nothing is written then.
    /// </summary>
    Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, AuditGuard guard, CancellationToken ct = default);

    /// <summary>
    /// The newest line (highest seq) of the setting <paramref name="action"/> of <paramref name="unitCode"/>, or null: the
    /// setting in force and, by its seq, the guard <see cref="SaveSubmissionAsync(Submission, long, AuditEntry, AuditGuard, CancellationToken)"/>
    /// compares against. A targeted read: however many other lines the audit log holds, and whatever their clocks say.
    /// </summary>
    Task<AuditEntry?> NewestSettingLineAsync(string action, string unitCode, CancellationToken ct = default);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken ct = default);

    /// <summary>
    /// Appends a county's setting line (<paramref name="line"/>, its unit the county) in one step with the check it rests
    /// on: no village of the county has submitted, or had approved, any of <paramref name="unfiledMonths"/>. No submission
    /// of the county commits between the check and the append: on every engine it waits for the step, or the step sees it.
    /// Returns the filed submissions found, newest month first (then nothing was appended), or none (the line was appended).
    /// </summary>
    Task<IReadOnlyList<Submission>> AppendAuditUnlessFiledAsync(AuditEntry line, IReadOnlyList<string> unfiledMonths, CancellationToken ct = default);

    /// <summary>The newest audit lines first, optionally only those of units under <paramref name="underUnit"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? underUnit, string? period = null, int take = 100, CancellationToken ct = default);
}
