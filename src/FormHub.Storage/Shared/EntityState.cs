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
    /// <summary>
    /// The valid-from date of each field's current value, so a back-dated change does not overwrite a later one. Sparse: a
    /// field without an entry took effect with the record itself (<see cref="ValidFrom"/>), as every field of a loaded
    /// record does; read it through <see cref="FieldDate"/>. Documents written before it was sparse hold every field.
    /// </summary>
    public required Dictionary<string, DateOnly> FieldValidFrom { get; init; }
    public DateOnly ValidFrom { get; init; }
    public Retirement? Retirement { get; set; }
    public bool Dirty { get; set; }

    /// <summary>
    /// Read without its field values (<see cref="Fields"/> and <see cref="FieldValidFrom"/> empty): a record the save only
    /// sets periodic values of. It is never changed, so never written; a message naming it reads its fields then.
    /// </summary>
    public bool WithoutFields { get; init; }

    /// <summary>A stored record read without its field values (<see cref="WithoutFields"/>).</summary>
    public static EntityState ReadWithoutFields(Guid id, string entityType, string villageCode, string countyCode, long version, DateOnly validFrom,
        Retirement? retirement) => new()
    {
        Id = id, EntityType = entityType, VillageCode = villageCode, CountyCode = countyCode, StoredVersion = version, Version = version,
        Fields = [], FieldValidFrom = [], ValidFrom = validFrom, Retirement = retirement, WithoutFields = true,
    };

    /// <summary>A copy of this record read without its fields, with <paramref name="fields"/> (read apart, for a message).</summary>
    public EntityState WithFields(IReadOnlyDictionary<string, object?> fields) => new()
    {
        Id = Id, EntityType = EntityType, VillageCode = VillageCode, CountyCode = CountyCode, StoredVersion = StoredVersion, Version = Version,
        Fields = new Dictionary<string, object?>(fields, StringComparer.Ordinal), FieldValidFrom = [], ValidFrom = ValidFrom, Retirement = Retirement,
    };

    /// <summary>The date <paramref name="field"/>'s current value took effect.</summary>
    public DateOnly FieldDate(string field) => FieldValidFrom.GetValueOrDefault(field, ValidFrom);

    /// <summary>Records that <paramref name="field"/>'s current value took effect on <paramref name="date"/>.</summary>
    public void SetFieldDate(string field, DateOnly date)
    {
        if (date == ValidFrom) FieldValidFrom.Remove(field);
        else FieldValidFrom[field] = date;
    }

    /// <summary>
    /// The field dates to store: only those that differ from the record's own (a county load's person would otherwise
    /// repeat the load date for each of its ~20 fields, a third of its document). A record stored in the full shape
    /// before is written sparse the next time it changes.
    /// </summary>
    public Dictionary<string, DateOnly> StoredFieldDates() => Sparse(FieldValidFrom, ValidFrom);

    /// <summary><paramref name="dates"/> without the entries equal to the record's <paramref name="validFrom"/>.</summary>
    public static Dictionary<string, DateOnly> Sparse(IReadOnlyDictionary<string, DateOnly> dates, DateOnly validFrom)
    {
        var sparse = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (field, date) in dates)
        {
            if (date != validFrom) sparse[field] = date;
        }
        return sparse;
    }

    public EntityDocument ToDocument(DateTimeOffset updatedAt) =>
        new(Id, EntityType, VillageCode, Version, new Dictionary<string, object?>(Fields), ValidFrom, Retirement, updatedAt);
}
