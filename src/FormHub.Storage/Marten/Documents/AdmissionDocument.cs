namespace FormHub.Storage.Marten.Documents;

/// <summary>An admission decision (报表准入) on a template draft; its id is its sequence number.</summary>
public sealed record AdmissionDocument(
    long Id, string TemplateId, string ContentHash, string Verdict, string? MergeInto, string Reason, string Analysis, string UserName, DateTimeOffset At);
