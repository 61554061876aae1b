namespace FormHub.Storage.Marten.Documents;

/// <summary>A named import mapping profile (导入方案), by name.</summary>
public sealed record ImportProfileDocument(string Id, string EntityType, string Body, string SavedBy, DateTimeOffset SavedAt);
