using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>Subscriptions, what they were told (notifications: inbox and feed), webhook deliveries, and uploaded layouts.</summary>
public interface ISubscriptionStore
{
    Task SaveSubscriptionAsync(Subscription subscription, CancellationToken ct = default);

    Task<Subscription?> GetSubscriptionAsync(Guid id, CancellationToken ct = default);

    /// <summary>One user's subscriptions, or every subscription when <paramref name="userName"/> is null.</summary>
    Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string? userName, CancellationToken ct = default);

    /// <summary>Removes a subscription with its notifications, deliveries and remembered states.</summary>
    Task DeleteSubscriptionAsync(Guid id, CancellationToken ct = default);

    /// <summary>The state last told for a subscription and period ("" when never), so a change is told once.</summary>
    Task<string> GetToldStateAsync(Guid subscriptionId, string period, CancellationToken ct = default);

    /// <summary>
    /// Records that <paramref name="state"/> was told: stores the notification and, when the subscription has a webhook,
    /// a pending delivery with <paramref name="webhookPayload"/>, all in one transaction. Returns the notification's id, or 0
    /// when <paramref name="state"/> was already told (another server got there first): then nothing is written.
    /// </summary>
    Task<long> TellAsync(Notification notification, string state, string? webhookPayload, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>A user's notifications, newest first; with <paramref name="subscriptionId"/>, only that subscription's.</summary>
    Task<IReadOnlyList<Notification>> ListNotificationsAsync(string userName, Guid? subscriptionId = null, int take = 50, CancellationToken ct = default);

    /// <summary>Marks a notification read; false when it is not the user's.</summary>
    Task<bool> MarkReadAsync(string userName, long notificationId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>
    /// Claims pending deliveries due at <paramref name="now"/>: their next attempt moves <paramref name="lease"/> ahead, so
    /// another server (or this one after a crash) takes them up only once the lease has run out. Each is claimed once.
    /// </summary>
    Task<IReadOnlyList<WebhookDelivery>> ClaimDueDeliveriesAsync(DateTimeOffset now, TimeSpan lease, int take = 10, CancellationToken ct = default);

    /// <summary>Stores an attempt's outcome.</summary>
    Task SaveDeliveryAttemptAsync(long id, DeliveryStatus status, int attempts, DateTimeOffset nextAttemptAt, int? statusCode, string? error,
        DateTimeOffset at, CancellationToken ct = default);

    /// <summary>A subscription's deliveries, newest first (the delivery log).</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(Guid subscriptionId, int take = 50, CancellationToken ct = default);

    /// <summary>Stores a template's official layout (replacing the one before) with <paramref name="audit"/> in the same transaction.</summary>
    Task SaveLayoutAsync(ReportLayout layout, AuditEntry? audit = null, CancellationToken ct = default);

    Task<ReportLayout?> GetLayoutAsync(string templateId, CancellationToken ct = default);

    /// <summary>The templates that have an uploaded layout (without reading the files).</summary>
    Task<IReadOnlySet<string>> ListLayoutTemplatesAsync(CancellationToken ct = default);
}
