namespace FormHub.Storage.Model;

/// <summary>The version a save left a periodic value at (what the writer names as read in its next save).</summary>
public sealed record PeriodicVersion(Guid EntityId, string Field, string Period, long Version);
