namespace FormHub.Storage.Model;

/// <summary>
/// Something a subscriber is told: a report became ready, was revised, or its completeness changed. One row serves the
/// inbox (<see cref="ReadAt"/>), the subscription's Atom feed and the webhook deliveries made for it.
/// </summary>
public sealed record Notification(
    long Id,
    Guid SubscriptionId,
    string UserName,
    string TemplateId,
    string UnitCode,
    string Period,
    string Kind,
    string Title,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
