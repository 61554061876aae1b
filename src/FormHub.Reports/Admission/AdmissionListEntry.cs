namespace FormHub.Reports.Admission;

/// <summary>
/// One line of the 准入清单: a report in force, its department, frequency, fields, first period and burden (new values
/// per period when it was admitted; null for reports that came with the shipped templates), and how it was admitted.
/// </summary>
public sealed record AdmissionListEntry(
    string TemplateId,
    int Version,
    string Title,
    string Department,
    string PeriodType,
    IReadOnlyList<string> Fields,
    string FirstPeriod,
    long? NewValuesPerPeriod,
    string Decision,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Reason);
