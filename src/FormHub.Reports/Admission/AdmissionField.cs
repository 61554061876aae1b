namespace FormHub.Reports.Admission;

/// <summary>
/// A field a draft reads: kept already (an admitted report reads it, or it is derived from the ID number) or new, with
/// its owner department (数源部门) and, when new, the values cadres would type for it per period across the area.
/// </summary>
public sealed record AdmissionField(
    string Key,
    string Label,
    string OwnerDepartment,
    bool Periodic,
    bool AlreadyKept,
    IReadOnlyList<string> ReadBy,
    long ValuesPerPeriod,
    decimal ValuesPerVillage);
