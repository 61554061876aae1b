namespace FormHub.Reports;

/// <summary>
/// An admin's explicit request that a cold rebuild also re-derive approved (frozen) months: without it the rebuild keeps
/// their rows as approved. Each village whose approved month is rewritten gets an audit line naming who and why.
/// </summary>
public sealed record RebuildRevision(string UserName, string Reason)
{
    /// <summary>The audit action of a recorded revision by rebuild.</summary>
    public const string AuditAction = "rebuild-revise";
}
