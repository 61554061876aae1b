namespace FormHub.Storage.Model;

/// <summary>Where a village's period stands in review (填报状态).</summary>
public enum SubmissionStatus
{
    /// <summary>填报中: the cadre is still entering; nothing submitted yet.</summary>
    Draft,
    /// <summary>已提交: waiting for the township reviewer; the cadre cannot change it.</summary>
    Submitted,
    /// <summary>已退回: the reviewer sent it back with a comment; the cadre fixes and submits again.</summary>
    Returned,
    /// <summary>已审核: approved; the period's reports are frozen until an audited revision is approved.</summary>
    Approved,
    /// <summary>
    /// 申请更正中: approved, and the cadre asked to reopen it for a correction; still frozen until the reviewer grants
    /// the request (back to draft, a revision) or refuses it with a reason (approved again). Appended last: stored as its number.
    /// </summary>
    RevisionRequested,
}
