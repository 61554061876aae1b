namespace FormHub.Storage.Model;

/// <summary>One page of a roster and the total number of matching entities.</summary>
public sealed record EntityPage(IReadOnlyList<EntityDocument> Items, int Total);
