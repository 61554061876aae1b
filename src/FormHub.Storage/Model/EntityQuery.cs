namespace FormHub.Storage.Model;

/// <summary>A page of one village's entities of one type, optionally filtered by field values and a name/ID search.</summary>
public sealed record EntityQuery(string VillageCode, string EntityType)
{
    /// <summary>Field name → required value (equality); values are checked and normalised through the catalog.</summary>
    public IReadOnlyDictionary<string, object?> Filters { get; init; } = new Dictionary<string, object?>();
    /// <summary>Substring matched against the entity type's search fields (name, ID number …).</summary>
    public string? Search { get; init; }
    public bool IncludeRetired { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
    /// <summary>
    /// Periods whose stored periodic values (tombstones included) of the page's records the engine may bring along in
    /// <see cref="EntityPage.PeriodicValues"/>, in the page's round trip; null: none wanted.
    /// </summary>
    public IReadOnlyCollection<string>? PeriodicPeriods { get; init; }
}
