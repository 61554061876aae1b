using Marten.Schema;

namespace FormHub.Storage.Marten;

/// <summary>
/// An ID number held by a record not retired (table <c>mt_doc_identity_numbers</c>), id <c>number|entity</c>; saves keep
/// it current and check new numbers against it under a lock per bucket of numbers.
/// </summary>
public sealed class IdentityClaim
{
    public string Id { get; set; } = "";
    public string IdNumber { get; set; } = "";
    public Guid EntityId { get; set; }
    public string CountyCode { get; set; } = "";
    public string VillageCode { get; set; } = "";

    public static string KeyOf(string idNumber, Guid entityId) => $"{idNumber}|{entityId:D}";

    /// <summary>
    /// Called by Marten when it maps this type. The entity and village are columns (the holders' join to the records,
    /// the duplicates report's village prefix) without the index Marten's <c>Duplicate</c> adds: every read of this table
    /// starts from the ID number (its index) or the key, and the report's <c>LIKE 'prefix%'</c> scans it anyway. Each
    /// index cost a county load 300,000 index inserts.
    /// </summary>
    public static void ConfigureMarten(DocumentMapping mapping)
    {
        mapping.DuplicateField(nameof(EntityId), notNull: true);
        mapping.DuplicateField(nameof(VillageCode), notNull: true);
    }
}
