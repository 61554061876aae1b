namespace FormHub.Storage.Marten.Documents;

/// <summary>
/// Where an admin placed a county (<c>formhub shards place</c>), kept on the home shard of a sharded province: the county
/// code (12 digits) and the shard's name in the layout, with who placed it and when (UTC).
/// </summary>
public sealed record CountyPlacementDocument(string Id, string Shard, DateTimeOffset PlacedAt, string PlacedBy);
