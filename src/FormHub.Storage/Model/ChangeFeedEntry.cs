namespace FormHub.Storage.Model;

/// <summary>
/// One change seen by the derivation engine: a village's data changed for <see cref="Period"/>
/// (a periodic value's own period, or the month an attribute change takes effect, meaning "this month and later").
/// <see cref="EntityId"/> is the changed entity (<see cref="Guid.Empty"/> when not known, as in a change set aside before
/// it was kept): the live materializer patches the villages it keeps in memory by it.
/// </summary>
public sealed record ChangeFeedEntry(FeedCursor Cursor, string VillageCode, string Period, string EntityType, EventKind Kind, IReadOnlyList<string> Fields,
    Guid EntityId = default);
