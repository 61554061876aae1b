using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>
/// An entity's row while a save applies operations to it in memory; written back once at the end,
/// guarded by <see cref="StoredVersion"/> so a concurrent writer is detected.
/// </summary>
internal sealed class EntityState
{
    public required Guid Id { get; init; }
    public required string EntityType { get; init; }
    public required string VillageCode { get; init; }
    public required string CountyCode { get; init; }
    /// <summary>Version in the database when loaded; null for an entity created by this save.</summary>
    public long? StoredVersion { get; init; }
    public long Version { get; set; }
    public required Dictionary<string, object?> Fields { get; init; }
    /// <summary>The valid-from date of each field's current value, so a back-dated change does not overwrite a later one.</summary>
    public required Dictionary<string, DateOnly> FieldValidFrom { get; init; }
    public DateOnly ValidFrom { get; init; }
    public Retirement? Retirement { get; set; }
    public bool Dirty { get; set; }

    public EntityDocument ToDocument(DateTimeOffset updatedAt) =>
        new(Id, EntityType, VillageCode, Version, new Dictionary<string, object?>(Fields), ValidFrom, Retirement, updatedAt);
}
