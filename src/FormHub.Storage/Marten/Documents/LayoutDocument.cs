namespace FormHub.Storage.Marten.Documents;

/// <summary>An uploaded Excel layout for a template, by template id.</summary>
public sealed record LayoutDocument(string Id, byte[] Content, string FileName, string UploadedBy, DateTimeOffset UploadedAt);
