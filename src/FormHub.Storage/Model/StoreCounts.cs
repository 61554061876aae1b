namespace FormHub.Storage.Model;

/// <summary>Row counts of the store's tables; used by summaries and by tests proving nothing was written.</summary>
public sealed record StoreCounts(long Regions, long Entities, long Events, long PeriodicValues);
