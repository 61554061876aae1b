namespace FormHub.Storage.Marten.Documents;

/// <summary>A notification in a user's inbox and feed; its id comes from a PostgreSQL sequence (newest has the highest).</summary>
public sealed record NotificationDocument(
    long Id, Guid SubscriptionId, string UserName, string TemplateId, string UnitCode, string Period, string Kind, string Title, string Body,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
