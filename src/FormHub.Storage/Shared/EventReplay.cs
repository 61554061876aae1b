using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>Current documents rebuilt from a village's events, for as-of reads on either engine.</summary>
internal static class EventReplay
{
    /// <summary>The documents as the events (valid-from order) leave them.</summary>
    public static List<EntityDocument> Replay(List<EntityEvent> events)
    {
        var states = new Dictionary<Guid, (Dictionary<string, object?> Fields, long Version, DateOnly ValidFrom, Retirement? Retired, EntityEvent Last)>();
        foreach (var e in events)
        {
            if (e.Kind == EventKind.Created)
            {
                states[e.EntityId] = (e.Changes.ToDictionary(c => c.Field, c => c.New, StringComparer.Ordinal), 1, e.ValidFrom, null, e);
                continue;
            }
            if (!states.TryGetValue(e.EntityId, out var s)) continue;
            foreach (var c in e.Changes) s.Fields[c.Field] = c.New;
            states[e.EntityId] = (s.Fields, s.Version + 1, s.ValidFrom, e.Kind == EventKind.Retired ? e.Retirement : s.Retired, e);
        }
        return states.Select(kv => new EntityDocument(kv.Key, kv.Value.Last.EntityType, kv.Value.Last.VillageCode, kv.Value.Version,
            kv.Value.Fields, kv.Value.ValidFrom, kv.Value.Retired, kv.Value.Last.RecordedAt)).ToList();
    }
}
