using FormHub.Filing;
using FormHub.Core.Catalog;
using FormHub.Server.Access;
using FormHub.Storage.Model;

namespace FormHub.Server.Filing;

/// <summary>An entity as the API shows it: fields (derived ones included, masked for the viewer), its periodic values for the period.</summary>
public sealed record EntityView(
    Guid Id,
    string EntityType,
    string VillageCode,
    long Version,
    DateOnly ValidFrom,
    Retirement? Retired,
    IReadOnlyDictionary<string, object?> Fields,
    IReadOnlyDictionary<string, object?> Periodic,
    IReadOnlyList<string> Masked,
    // The version of each periodic value read (a cleared one included), which a save of it must name.
    IReadOnlyDictionary<string, long> PeriodicVersions)
{
    public static EntityView Of(FieldCatalog catalog, EntityDocument doc, IEnumerable<PeriodicValue> periodic, bool inFull, DateOnly asOf)
    {
        var fields = new Dictionary<string, object?>(doc.Fields);
        if (DerivedFields.IdField(catalog, doc.EntityType) is { } idField) DerivedFields.AddTo(fields, idField, asOf);
        var (shown, masked) = FieldMasking.Apply(catalog, doc.EntityType, fields, inFull);
        var own = periodic.Where(p => p.EntityId == doc.Id).ToList();
        var periodicShown = FieldMasking.Apply(catalog, doc.EntityType, own.ToDictionary(p => p.Field, p => p.Value), inFull).Fields;
        return new EntityView(doc.Id, doc.EntityType, doc.VillageCode, doc.Version, doc.ValidFrom,
            doc.Retirement, shown, periodicShown, masked, own.ToDictionary(p => p.Field, p => p.Version));
    }
}
