namespace FormHub.Core.Templates;

/// <summary>How a report column's value is compared with its history and its peers (DHIS2's outlier methods).</summary>
public enum OutlierMethod
{
    /// <summary>Median and median absolute deviation (modified z-score, Iglewicz–Hoaglin): one wild month does not hide the next.</summary>
    Mad,
    /// <summary>Mean and standard deviation (z-score).</summary>
    ZScore,
}
