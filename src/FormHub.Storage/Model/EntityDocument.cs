namespace FormHub.Storage.Model;

/// <summary>
/// The state of one entity (a village, household, person …): its field values keyed by the catalog field name.
/// Values have the catalog's canonical CLR types (string, long, decimal, bool, DateOnly).
/// </summary>
public sealed record EntityDocument(
    Guid Id,
    string EntityType,
    string VillageCode,
    long Version,
    IReadOnlyDictionary<string, object?> Fields,
    DateOnly ValidFrom,
    Retirement? Retirement,
    DateTimeOffset UpdatedAt)
{
    public object? this[string field] => Fields.GetValueOrDefault(field);

    public bool IsRetiredOn(DateOnly date) => Retirement is not null && Retirement.Date <= date;
}
