using FormHub.Core.Catalog;

namespace FormHub.Reports.CatalogChanges;

/// <summary>
/// 发行版目录: the catalog shipped in form-templates/catalog with the running release. It seeds an empty store only; after
/// that a release's catalog reaches a store only through an admin: <see cref="DifferencesFrom"/> lists every shipped field
/// the store lacks or defines otherwise, and each is applied (or left) by the admin as an ordinary catalog edit, with the
/// same checks against templates, stored values and history. Fields the store has and the release does not are the
/// deployment's own and are never offered for removal.
/// </summary>
public sealed class ShippedCatalog(FieldCatalog catalog)
{
    public FieldCatalog Catalog => catalog;

    /// <summary>The shipped fields (of entity types the store has) that the store lacks or defines otherwise, in the shipped order.</summary>
    public IReadOnlyList<ShippedField> DifferencesFrom(FieldCatalog current)
    {
        var differences = new List<ShippedField>();
        foreach (var shipped in catalog.Fields.Select(Plain))
        {
            if (current.FindEntityType(shipped.EntityType) is null) continue;
            var held = current.FindField(shipped.EntityType, shipped.Name) is { } f ? Plain(f) : null;
            if (held is not null && CatalogJson.WriteField(held).GetRawText() == CatalogJson.WriteField(shipped).GetRawText()) continue;
            var edit = held is null ? CatalogEdit.Add(shipped) : CatalogEdit.Change(shipped);
            differences.Add(new ShippedField(shipped, held, edit, CatalogChangeSummary.Describe(edit, held)));
        }
        return differences;
    }

    // Where a definition was read from is not part of it.
    private static FieldDefinition Plain(FieldDefinition field) => field with { SourceFile = "", SourceLine = 0 };
}

/// <summary>A shipped field the store lacks (<see cref="Current"/> null) or defines otherwise; <see cref="Summary"/> as the catalog history would word it.</summary>
public sealed record ShippedField(FieldDefinition Shipped, FieldDefinition? Current, CatalogEdit Edit, string Summary);
