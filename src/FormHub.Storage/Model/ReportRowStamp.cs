namespace FormHub.Storage.Model;

/// <summary>
/// Which stored row a unit has for a template version and period, and when it was computed: every write of a row sets
/// <see cref="ComputedAt"/> anew, so a reader that kept the row's values knows without its payload whether they still hold.
/// </summary>
public sealed record ReportRowStamp(int Version, string Period, string UnitCode, DateTimeOffset ComputedAt);
