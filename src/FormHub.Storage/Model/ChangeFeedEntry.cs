namespace FormHub.Storage.Model;

/// <summary>
/// One change seen by the derivation engine: a village's data changed for <see cref="Period"/>
/// (a periodic value's own period, or the month an attribute change takes effect, meaning "this month and later").
/// </summary>
public sealed record ChangeFeedEntry(FeedCursor Cursor, string VillageCode, string Period, string EntityType, EventKind Kind, IReadOnlyList<string> Fields);
