namespace FormHub.Storage.Model;

/// <summary>
/// One village's submission for one period. <see cref="Version"/> is 0 until the first transition is stored and guards
/// every transition against a concurrent one; <see cref="Revision"/> counts approvals reopened for correction
/// (0 = the original filing, 1 = 第1次更正 …).
/// </summary>
public sealed record Submission(
    string VillageCode,
    string Period,
    SubmissionStatus Status,
    int Revision,
    long Version,
    string? Comment,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ApprovedAt)
{
    /// <summary>The state of a village's period before anyone acted on it.</summary>
    public static Submission NewDraft(string villageCode, string period) =>
        new(villageCode, period, SubmissionStatus.Draft, 0, 0, null, null, null, null, null);

    /// <summary>True while the cadre may change the village's data for this period.</summary>
    public bool IsOpen => Status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    /// <summary>True once approved, a pending correction request included: the month's reports are frozen.</summary>
    public bool IsApproved => Status is SubmissionStatus.Approved or SubmissionStatus.RevisionRequested;
}
