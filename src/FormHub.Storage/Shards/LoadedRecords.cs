namespace FormHub.Storage.Shards;

/// <summary>
/// The records a load (a bulk session) has created and not yet committed, by their type, where the type has an ID-number
/// field. Nothing outside the load's transaction sees them, so the cross-shard check (<see cref="CrossShardIdentities"/>)
/// takes their type from here: a later batch giving one of them a number (a person first entered without it, where the
/// catalog makes it optional, or a number corrected) is then checked against the other shards like any new number.
/// Types only, not numbers: such a change is checked whatever the record held (at worst one look-up too many), and a
/// county load keeps ~300,000 entries of a few dozen bytes rather than every number twice.
/// </summary>
internal sealed class LoadedRecords
{
    private readonly Dictionary<Guid, string> _types = [];

    public string? TypeOf(Guid id) => _types.GetValueOrDefault(id);

    public void Add(Guid id, string entityType) => _types[id] = entityType;
}
