namespace FormHub.Storage.Model;

/// <summary>
/// A stored record without its field values: what a caller needs to find a record and check it is the one meant (its
/// type, its village for the writer's area, whether it is retired), read from indexed columns without parsing any field.
/// </summary>
/// <param name="Id">The record.</param>
/// <param name="EntityType">Its entity type.</param>
/// <param name="VillageCode">The village it belongs to.</param>
/// <param name="Retired">Whether it is retired (注销).</param>
public sealed record RecordHeader(Guid Id, string EntityType, string VillageCode, bool Retired);
