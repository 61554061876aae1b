namespace FormHub.Storage.Model;

/// <summary>How a webhook delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting for its (next) attempt at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,
    /// <summary>The receiver answered 2xx.</summary>
    Delivered,
    /// <summary>Every attempt failed; no more tries.</summary>
    Failed,
}

/// <summary>One webhook delivery of a notification and its attempts so far (the delivery log a department reads).</summary>
public sealed record WebhookDelivery(
    long Id,
    Guid SubscriptionId,
    long NotificationId,
    string Url,
    string Payload,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt);
