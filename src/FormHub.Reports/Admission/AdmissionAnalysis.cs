namespace FormHub.Reports.Admission;

/// <summary>
/// What admitting a draft would cost (报表准入): its fields (kept vs new, with the burden of the new ones), columns that
/// duplicate admitted reports, and its effect on the 减负账 figure of the current month: cells it delivers per period
/// against the values cadres would newly type.
/// </summary>
public sealed record AdmissionAnalysis(
    string TemplateId,
    int Version,
    string Title,
    string Department,
    string PeriodType,
    string Period,
    int Villages,
    IReadOnlyList<AdmissionField> Fields,
    IReadOnlyList<DuplicateColumn> Duplicates,
    long CellsPerPeriod,
    long NewValuesPerPeriod,
    BurdenFigure Before,
    BurdenFigure After);
