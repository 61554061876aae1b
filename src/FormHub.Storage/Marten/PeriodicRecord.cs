using System.Text.Json;

namespace FormHub.Storage.Marten;

/// <summary>
/// A periodic value of one entity for one period (table <c>mt_doc_periodic_values</c>), id <c>entity/field/period</c>.
/// A cleared value stays as a JSON null (a tombstone) so <see cref="Version"/> goes on counting.
/// </summary>
public sealed class PeriodicRecord
{
    public string Id { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public Guid EntityId { get; set; }
    public string EntityType { get; set; } = "";
    public string Field { get; set; } = "";
    public string Period { get; set; } = "";
    public JsonElement Value { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static string KeyOf(Guid entityId, string field, string period) => $"{entityId:D}/{field}/{period}";
}
