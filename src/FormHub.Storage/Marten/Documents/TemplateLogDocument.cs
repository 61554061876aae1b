namespace FormHub.Storage.Marten.Documents;

/// <summary>
/// One entry of the template log; its id is its sequence number, given by the writer (the log's revision is its highest).
/// <see cref="PublishedKey"/> is set on publications only: its unique index refuses a version published twice.
/// </summary>
public sealed record TemplateLogDocument(
    long Id, string TemplateId, string Kind, int? TemplateVersion, string? Yaml, string? Period, string UserName, DateTimeOffset At, string? Note,
    string? PublishedKey);
