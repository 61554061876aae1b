namespace FormHub.Storage.Marten;

/// <summary>
/// The head of a village's hash chain (table <c>mt_doc_village_chains</c>): its last event and that event's hash, signed
/// with the audit key, so events removed from the end of the stream, or a head replaced with a rewritten chain, show.
/// </summary>
public sealed class VillageChain
{
    /// <summary>The village code (the event stream's key).</summary>
    public string Id { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public long LastVillageSeq { get; set; }
    public string LastHash { get; set; } = "";
    public string? HeadKeyId { get; set; }
    public string? HeadMac { get; set; }
}
