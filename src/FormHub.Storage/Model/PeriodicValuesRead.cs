namespace FormHub.Storage.Model;

/// <summary>One village's part of a read of periodic values: some of its entities, under some period keys.</summary>
public sealed record PeriodicValuesRead(string VillageCode, IReadOnlyCollection<string> Periods, IReadOnlyCollection<Guid> EntityIds);
