namespace FormHub.Storage.Marten.Documents;

/// <summary>A named lease (the live-report materializer's): who holds it and until when, in UTC ticks.</summary>
public sealed record LeaseDocument(string Id, string Holder, long ExpiresAt);
