namespace FormHub.Core.Templates;

/// <summary>
/// Outlier detection for one numeric report column (a column's <c>outlier:</c> key): a village's value against its own
/// last <see cref="HistoryPeriods"/> periods and against the other villages of its township, and optional fixed bounds
/// (DHIS2's min–max). Every numeric column is checked with <see cref="Default"/> unless the template says <c>outlier: off</c>.
/// </summary>
public sealed record OutlierSettings
{
    public static readonly OutlierSettings Default = new();
    public static readonly OutlierSettings Off = new() { Enabled = false };

    public bool Enabled { get; init; } = true;
    public OutlierMethod Method { get; init; } = OutlierMethod.Mad;
    /// <summary>How many scale units from the centre a value may lie (null: 3.5 for MAD, 3 for z-score).</summary>
    public decimal? Threshold { get; init; }
    /// <summary>Periods of the village's own history needed before history speaks (default 6 of the last 12).</summary>
    public int MinHistory { get; init; } = 6;
    /// <summary>How many earlier periods form the history (12: a year of months).</summary>
    public int HistoryPeriods { get; init; } = 12;
    /// <summary>Also compare with the township's other villages in the same period.</summary>
    public bool Peers { get; init; } = true;
    /// <summary>Villages of the township besides this one needed before peers speak.</summary>
    public int MinPeers { get; init; } = 5;
    /// <summary>Fixed lower bound: a value below it is an outlier whatever the history (min–max).</summary>
    public decimal? Min { get; init; }
    /// <summary>Fixed upper bound.</summary>
    public decimal? Max { get; init; }

    public decimal EffectiveThreshold => Threshold ?? (Method == OutlierMethod.Mad ? 3.5m : 3m);
}
