namespace FormHub.Storage.Shards;

/// <summary>A county's shard, and whether the layout file or an admin command (<c>formhub shards place</c>) put it there.</summary>
/// <param name="County">The county's 12-digit code.</param>
/// <param name="Shard">The shard's name in the layout.</param>
/// <param name="Source">Where the placement comes from.</param>
/// <param name="PlacedAt">When a command placed it (null for the file's).</param>
/// <param name="PlacedBy">Who placed it by command (null for the file's).</param>
public sealed record CountyPlacement(string County, string Shard, CountyPlacementSource Source, DateTimeOffset? PlacedAt, string? PlacedBy);

/// <summary>Where a county's placement comes from: the layout file (FORMHUB_SHARDS) or a placement made by command, which overrides it.</summary>
public enum CountyPlacementSource { LayoutFile, Command }
