namespace FormHub.Scripting;

/// <summary>
/// One value a record's field had, for a rule's history helpers: an attribute's value from the day it took effect
/// (<see cref="From"/>), or a periodic field's value for one of its periods (<see cref="Period"/>).
/// </summary>
public sealed record FieldHistoryEntry(object? Value, DateOnly? From, string? Period);
