namespace FormHub.Storage.Model;

/// <summary>
/// One line of the audit trail outside the event log: sign-ins (also failed ones), submissions, returns, approvals and
/// revisions. <see cref="Action"/> is a stable word (<c>sign-in</c>, <c>submit</c> …); <see cref="Detail"/> free text.
/// </summary>
public sealed record AuditEntry(long Seq, DateTimeOffset At, string User, string Action, string? UnitCode, string? Period, string? Detail);
