using FormHub.Core.Catalog;

namespace FormHub.Reports.CatalogChanges;

/// <summary>What an admin asks of the catalog: add a field, change one (same entity type and name), or remove one.</summary>
public sealed record CatalogEdit(CatalogEditKind Kind, FieldDefinition Field)
{
    public static CatalogEdit Add(FieldDefinition field) => new(CatalogEditKind.Add, field);

    public static CatalogEdit Change(FieldDefinition field) => new(CatalogEditKind.Change, field);

    /// <summary>Removes the field with <paramref name="field"/>'s entity type and name.</summary>
    public static CatalogEdit Remove(FieldDefinition field) => new(CatalogEditKind.Remove, field);
}

public enum CatalogEditKind
{
    Add,
    Change,
    Remove,
}
