namespace FormHub.Filing;

/// <summary>
/// 本月变动: what was recorded in a village since its last approved month (<see cref="SincePeriod"/>, approved at
/// <see cref="Since"/>; both null when no earlier month was approved, then everything recorded), oldest first.
/// <see cref="Truncated"/> says older entries were left out: the list keeps the newest <see cref="MonthChangeReader.MaxEntries"/>.
/// </summary>
public sealed record VillageChangeLog(string? SincePeriod, DateTimeOffset? Since, IReadOnlyList<ChangeLogEntry> Entries, bool Truncated);
