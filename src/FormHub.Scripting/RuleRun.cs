namespace FormHub.Scripting;

/// <summary>
/// A rule's outcome over one village and month: the records found, or the failure that stopped it (a script error is
/// the rule's own: its findings for the village are left as they were rather than marked resolved).
/// </summary>
public sealed record RuleRun(IReadOnlyList<RuleHit> Hits, ScriptFailure? Failure);
