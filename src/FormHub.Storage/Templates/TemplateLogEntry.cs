namespace FormHub.Storage.Templates;

/// <summary>
/// One entry of the append-only template log: a published version (its YAML, immutable once published) or a stop / resume
/// from a period on. <see cref="Seq"/> numbers the log; its highest value is the revision every server compares.
/// <see cref="Period"/> is for a version its <c>effective_from</c> (null: from the first period), for a stop the first period not filed.
/// </summary>
public sealed record TemplateLogEntry(
    long Seq,
    string TemplateId,
    TemplateLogKind Kind,
    int? Version,
    string? Yaml,
    string? Period,
    string UserName,
    DateTimeOffset At,
    string? Note);
