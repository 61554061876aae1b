namespace FormHub.Storage.Model;

/// <summary>One stored version of the catalog: its number, who saved it, when, and what changed (in Chinese).</summary>
public sealed record CatalogVersionInfo(long Version, string ChangedBy, DateTimeOffset ChangedAt, string Summary);
