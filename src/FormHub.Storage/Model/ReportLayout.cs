namespace FormHub.Storage.Model;

/// <summary>An official Excel layout an admin uploaded for a template; it replaces the shipped one in exports.</summary>
public sealed record ReportLayout(string TemplateId, byte[] Content, string FileName, string UploadedBy, DateTimeOffset UploadedAt);
