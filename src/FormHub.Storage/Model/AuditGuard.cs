namespace FormHub.Storage.Model;

/// <summary>
/// What a write rests on, as the audit trail records it: the newest line of <see cref="Action"/> about
/// <see cref="UnitCode"/> is still the one numbered <see cref="NewestSeq"/> (0: there is none). A county setting kept as
/// audit lines (启用月份) is read this way: a submission decided under one setting is not stored under another.
/// </summary>
public sealed record AuditGuard(string Action, string UnitCode, long NewestSeq);
