namespace FormHub.Storage.Model;

/// <summary>What an event did to its entity.</summary>
public enum EventKind
{
    Created,
    Changed,
    Retired,
    /// <summary>A periodic value (entity, field, period) was set.</summary>
    PeriodicSet,
}
