namespace FormHub.Storage.Model;

/// <summary>
/// A department user's subscription to a published template for an area (订阅): delivered to the in-app inbox, an Atom
/// feed opened with <see cref="FeedToken"/>, and optionally a webhook signed with <see cref="WebhookSecret"/>.
/// </summary>
public sealed record Subscription(
    Guid Id,
    string UserName,
    string TemplateId,
    string UnitCode,
    string FeedToken,
    string? WebhookUrl,
    string? WebhookSecret,
    DateTimeOffset CreatedAt);
