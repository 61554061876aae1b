namespace FormHub.Storage.Model;

/// <summary>
/// A materialized report row: one template version × one unit (village, township, county …) × one period.
/// <see cref="Payload"/> is the row's JSON (values, cell errors, checks, narrative) as FormHub.Reports writes it.
/// </summary>
public sealed record StoredReportRow(
    string TemplateId,
    int Version,
    string Period,
    string UnitCode,
    int Level,
    string Payload,
    DateTimeOffset ComputedAt);
