namespace FormHub.Storage.Model;

/// <summary>What a save wrote: the events appended, each touched entity's new version and each periodic value's.</summary>
public sealed record SaveResult(int EventsWritten, IReadOnlyDictionary<Guid, long> Versions)
{
    public IReadOnlyList<PeriodicVersion> PeriodicVersions { get; init; } = [];
}
