namespace FormHub.Storage.Marten;

/// <summary>A region unit (区划) by its 12-digit code (table <c>mt_doc_regions</c>).</summary>
public sealed class RegionRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public int Level { get; set; }
    public string? ParentCode { get; set; }
}
