namespace FormHub.Storage.Marten.Documents;

/// <summary>A user's subscription to a template's rows under a unit, with its feed token and optional webhook.</summary>
public sealed record SubscriptionDocument(
    Guid Id, string UserName, string TemplateId, string UnitCode, string FeedToken, string? WebhookUrl, string? WebhookSecret, DateTimeOffset CreatedAt);
