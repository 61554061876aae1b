namespace FormHub.Storage.Marten.Documents;

/// <summary>A webhook delivery of a notification and its attempts; its id comes from a PostgreSQL sequence.</summary>
public sealed record DeliveryDocument(
    long Id, Guid SubscriptionId, long NotificationId, string Url, string Payload, int Status, int Attempts, DateTimeOffset NextAttemptAt,
    int? LastStatusCode, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt);
