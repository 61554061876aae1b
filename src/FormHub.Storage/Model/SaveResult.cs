namespace FormHub.Storage.Model;

/// <summary>What a save wrote: the events appended and each touched entity's new version.</summary>
public sealed record SaveResult(int EventsWritten, IReadOnlyDictionary<Guid, long> Versions);
