namespace FormHub.Storage.Templates;

/// <summary>
/// A recorded admission decision (报表准入) on one draft of a template: the draft is named by the SHA-256 of its YAML, so
/// a draft changed after the decision needs a new one. <see cref="Analysis"/> is the analysis shown when deciding (JSON),
/// kept as it was.
/// </summary>
public sealed record AdmissionDecision(
    long Seq,
    string TemplateId,
    string ContentHash,
    AdmissionVerdict Verdict,
    string? MergeInto,
    string Reason,
    string Analysis,
    string UserName,
    DateTimeOffset At);
