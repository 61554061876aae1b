namespace FormHub.Core.Periods;

/// <summary>How often a report is filed.</summary>
public enum PeriodType
{
    /// <summary>月报, key "2026-11"</summary>
    Monthly,
    /// <summary>季报, key "2026Q4"</summary>
    Quarterly,
    /// <summary>年报, key "2026"</summary>
    Yearly,
}
