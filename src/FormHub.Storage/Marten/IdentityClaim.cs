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
}
