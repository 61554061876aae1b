namespace FormHub.Storage.Marten.Documents;

/// <summary>A change-feed reader's stored position, by reader name.</summary>
public sealed record FeedCursorDocument(string Id, long Transaction, long Sequence);
